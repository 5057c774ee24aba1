using System.Text;
using System.Text.Json;
using EpistemicScoring.Cli.Batch;
using FsCheck;
using FsCheck.Fluent;

namespace EpistemicScoring.Cli.Tests;

/// <summary>
/// Fuzz tests of the batch reader (issue 18): random and truncated JSONL. The line reader is checked against a
/// plain split of the same bytes, through a stream that hands them over in random small pieces; the whole batch
/// command is checked to answer every non-blank line in place, with a report or an error line naming that line.
/// The case count follows <c>EPISTEMIC_PROPERTY_CASES</c> (README, Tests).
/// </summary>
[Trait("Category", "Properties")]
public sealed class BatchReaderFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("epistemic-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A stream that returns at most a few bytes per read, as a pipe may.</summary>
    private sealed class TrickleStream(byte[] bytes, int seed) : MemoryStream(bytes)
    {
        private readonly Random _random = new(seed);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _random.Next(1, 9)));
    }

    /// <summary>One line of a fuzzed file: a good record, a good record cut short, random bytes, invalid UTF-8, blank or CRLF.</summary>
    private static Gen<byte[]> Line(Gen<string> text)
    {
        Gen<byte[]> good = text.SelectMany(t => Gen.Choose(0, 99999).Select(id => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = $"r{id}", text = t }))));
        Gen<byte[]> truncated = good.SelectMany(b => Gen.Choose(0, Math.Max(0, b.Length - 1)).Select(n => b[..n]));
        Gen<byte[]> random = Gen.ArrayOf(Gen.Choose(0, 255).Select(static b => (byte)b)).Select(static b => b.Where(static x => x != (byte)'\n').ToArray());
        Gen<byte[]> badUtf8 = good.Select(static b => b.Length > 12 ? [.. b[..12], 0xC3, 0x28, .. b[12..]] : b);
        Gen<byte[]> blank = Gen.Elements<byte[]>([], " "u8.ToArray(), "\t\r"u8.ToArray());
        Gen<byte[]> crlf = good.Select(static b => (byte[])[.. b, (byte)'\r']);
        return Gen.Frequency((5, good), (2, truncated), (1, random), (1, badUtf8), (1, blank), (1, crlf));
    }

    private static Gen<List<byte[]>> Files(Gen<string> text) =>
        Gen.NonEmptyListOf(Line(text)).Select(static l => l.Take(25).ToList());

    private static byte[] Join(List<byte[]> lines, bool finalNewline)
    {
        var all = new List<byte>();
        for (int i = 0; i < lines.Count; i++)
        {
            all.AddRange(lines[i]);
            if (i < lines.Count - 1 || finalNewline)
            {
                all.Add((byte)'\n');
            }
        }

        return [.. all];
    }

    [Fact]
    public void LineReader_RandomBytes_InRandomPieces_GivesTheLinesOfAPlainSplit()
    {
        Gen<(byte[] Bytes, int Max, int Seed)> cases =
            Gen.ArrayOf(Gen.Frequency((6, Gen.Choose(32, 126)), (1, Gen.Constant(10)), (1, Gen.Constant(13)), (1, Gen.Choose(0, 255))).Select(static b => (byte)b))
                .Where(static b => !(b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))))
                .SelectMany(static b => Gen.Elements(false, false, true).Select(bom => bom ? [0xEF, 0xBB, 0xBF, .. b] : b))
                .SelectMany(b => Gen.Choose(1, 40).SelectMany(max => Gen.Choose(0, int.MaxValue).Select(seed => (b, max, seed))));
        TextGenerators.Check(
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var reader = new LineReader(new TrickleStream(c.Bytes, c.Seed), c.Max);
                var got = new List<(string Line, bool TooLong, long Length)>();
                while (reader.ReadLine(out ReadOnlySpan<byte> line, out bool tooLong, out long length, out _))
                {
                    got.Add((Convert.ToHexString(line), tooLong, length));
                }

                List<(string, bool, long)> want = PlainSplit(c.Bytes, c.Max);
                return got.SequenceEqual(want) && reader.LineNumber == want.Count && reader.Position == c.Bytes.Length;
            }),
            ci: 300);
    }

    /// <summary>The reference: split at '\n', drop one '\r' before it, skip a leading UTF-8 byte-order mark, too long past the limit.</summary>
    private static List<(string, bool, long)> PlainSplit(byte[] bytes, int max)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var result = new List<(string, bool, long)>();
        if (start == bytes.Length)
        {
            return result;
        }

        var parts = new List<byte[]>();
        int from = start;
        for (int i = start; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                parts.Add(bytes[from..i]);
                from = i + 1;
            }
        }

        if (from < bytes.Length)
        {
            parts.Add(bytes[from..]);
        }

        foreach (byte[] p in parts)
        {
            if (p.Length > max)
            {
                result.Add((string.Empty, true, p.Length));
            }
            else
            {
                byte[] line = p.Length > 0 && p[^1] == (byte)'\r' ? p[..^1] : p;
                result.Add((Convert.ToHexString(line), false, line.Length));
            }
        }

        return result;
    }

    [Fact]
    public void Batch_RandomAndTruncatedJsonl_AnswersEveryLineInPlace()
    {
        Arbitrary<(List<byte[]> Lines, bool FinalNewline)> files = Files(TextGenerators.NewsLike().Generator)
            .SelectMany(l => Gen.Elements(true, false).Select(f => (l, f))).ToArbitrary();
        int run = 0;
        TextGenerators.Check(
            Prop.ForAll(files, f =>
            {
                // The first line is a good record, so that no random bytes can look like a UTF-16 byte-order mark.
                List<byte[]> lines = [Encoding.UTF8.GetBytes("{\"id\":\"first\",\"text\":\"The mayor said the vote was close.\"}"), .. f.Lines];
                string input = Path.Combine(_dir, $"in-{run}.jsonl");
                string output = Path.Combine(_dir, $"out-{run++}.jsonl");
                File.WriteAllBytes(input, Join(lines, f.FinalNewline));
                CliResult r = CliRunner.Run("batch", "--input", input, "--output", output, "--parallel", "2");
                string[] written = File.ReadAllLines(output);
                File.Delete(input);
                File.Delete(output);

                var expected = new List<int>();
                for (int i = 0; i < lines.Count; i++)
                {
                    if (lines[i].Any(static b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r')))
                    {
                        expected.Add(i + 1);
                    }
                }

                if (written.Length != expected.Count)
                {
                    return false;
                }

                int failures = 0;
                for (int k = 0; k < written.Length; k++)
                {
                    using JsonDocument doc = JsonDocument.Parse(written[k]);
                    JsonElement root = doc.RootElement;
                    if (root.TryGetProperty("error", out _))
                    {
                        failures++;
                        if (root.GetProperty("line").GetInt64() != expected[k])
                        {
                            return false;
                        }
                    }
                    else if (root.GetProperty("laws").GetArrayLength() != 5)
                    {
                        return false;
                    }
                }

                return r.ExitCode == (failures > 0 ? 3 : 0);
            }),
            ci: 40);
    }
}
