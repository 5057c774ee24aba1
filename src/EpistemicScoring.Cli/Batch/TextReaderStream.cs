using System.Text;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// A read-only stream of the UTF-8 bytes of a <see cref="TextReader"/>'s text, so that standard input handed in as
/// text (as the tests do) goes through the same bounded byte reader as a file.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[4096 * 3 + 4];
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private int _pos;
    private int _len;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_pos == _len)
        {
            int chars = reader.Read(_chars, 0, _chars.Length);
            _pos = 0;
            _len = _encoder.GetBytes(_chars, 0, chars, _bytes, 0, flush: chars == 0);
            if (_len == 0)
            {
                return 0;
            }
        }

        int n = Math.Min(buffer.Length, _len - _pos);
        _bytes.AsSpan(_pos, n).CopyTo(buffer);
        _pos += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
