namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// Reads lines of bytes with bounded buffers: a line longer than <c>maxLineBytes</c> is reported as too long
/// and skipped to its end without being held in memory, so a 300 MB line costs the buffer, not 300 MB.
/// Lines end at <c>\n</c>; a <c>\r</c> before it is dropped. A UTF-8 byte-order mark at the start is skipped.
/// </summary>
internal sealed class LineReader
{
    private const int ChunkSize = 1 << 16;
    private const int KeepCapacity = 1 << 22;
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _chunk = new byte[ChunkSize];
    private byte[] _line = new byte[ChunkSize];
    private int _pos;
    private int _len;
    private bool _eof;
    private bool _started;

    private readonly bool _stopAtLimit;

    /// <summary>A reader of <paramref name="stream"/>'s lines of at most <paramref name="maxLineBytes"/> bytes.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="maxLineBytes">The longest line returned; a longer one is reported as too long.</param>
    /// <param name="stopAtLimit">
    /// False (batch): a too-long line is skipped to its end, so the records after it are still read. True (data files
    /// that are read whole or not at all): the read stops at the limit, so an endless line such as <c>/dev/zero</c>
    /// is reported at once; the reader must not be used after that.
    /// </param>
    public LineReader(Stream stream, int maxLineBytes, bool stopAtLimit = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _stopAtLimit = stopAtLimit;
    }

    /// <summary>The number of the line last read, 1-based.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes consumed from the stream so far, the line terminators included.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// Reads the next line. Returns false at the end of the stream. <paramref name="line"/> holds the line's bytes
    /// (valid until the next call) unless the line was longer than the limit (<paramref name="tooLong"/>), when it
    /// is empty and <paramref name="length"/> tells how many bytes were skipped. <paramref name="terminated"/> is
    /// false only for a last line without a final newline.
    /// </summary>
    public bool ReadLine(out ReadOnlySpan<byte> line, out bool tooLong, out long length, out bool terminated)
    {
        line = default;
        tooLong = false;
        length = 0;
        terminated = false;
        int filled = 0;
        bool any = false;
        if (_line.Length > KeepCapacity)
        {
            _line = new byte[ChunkSize];
        }

        while (true)
        {
            if (_pos == _len)
            {
                if (_eof || !Fill())
                {
                    break;
                }
            }

            any = true;
            ReadOnlySpan<byte> available = _chunk.AsSpan(_pos, _len - _pos);
            int newline = available.IndexOf((byte)'\n');
            ReadOnlySpan<byte> part = newline < 0 ? available : available[..newline];
            length += part.Length;
            if (!tooLong)
            {
                if (length > _maxLineBytes)
                {
                    tooLong = true;
                    if (_stopAtLimit)
                    {
                        LineNumber++;
                        return true;
                    }
                }
                else
                {
                    EnsureCapacity(filled + part.Length);
                    part.CopyTo(_line.AsSpan(filled));
                    filled += part.Length;
                }
            }

            int consumed = newline < 0 ? part.Length : part.Length + 1;
            _pos += consumed;
            Position += consumed;
            if (newline >= 0)
            {
                terminated = true;
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        LineNumber++;
        if (!tooLong)
        {
            if (filled > 0 && _line[filled - 1] == (byte)'\r')
            {
                filled--;
                length--;
            }

            line = _line.AsSpan(0, filled);
        }

        return true;
    }

    private bool Fill()
    {
        _pos = 0;
        _len = _stream.Read(_chunk, 0, _chunk.Length);
        if (_len == 0)
        {
            _eof = true;
            return false;
        }

        if (!_started)
        {
            // A pipe may hand over fewer bytes than a byte-order mark has: read on until there are three (or the end).
            _started = true;
            while (_len < 3)
            {
                int more = _stream.Read(_chunk, _len, _chunk.Length - _len);
                if (more == 0)
                {
                    break;
                }

                _len += more;
            }

            if (_len >= 3 && _chunk[0] == 0xEF && _chunk[1] == 0xBB && _chunk[2] == 0xBF)
            {
                _pos = 3;
                Position += 3;
            }
            else if (_len >= 2 && ((_chunk[0] == 0xFF && _chunk[1] == 0xFE) || (_chunk[0] == 0xFE && _chunk[1] == 0xFF)))
            {
                throw new System.Text.DecoderFallbackException("UTF-16 or UTF-32 byte-order mark");
            }
        }

        return _pos < _len || Fill();
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _line.Length)
        {
            int size = (int)Math.Min(Math.Max((long)_line.Length * 2, needed), Array.MaxLength);
            Array.Resize(ref _line, size);
        }
    }
}
