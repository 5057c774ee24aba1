using System.Buffers;
using System.Text;
using EpistemicScoring.Cli.Batch;

namespace EpistemicScoring.Cli.Tests;

/// <summary>The Parquet output's journal line: exact round trip, and read by --resume like a JSONL output.</summary>
public sealed class SummaryRowJsonTests
{
    private static byte[] Line(SummaryRow row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        SummaryRowJson.Write(buffer, row);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void ScoredRow_RoundTrips_WithNullsAndShortestDoubles()
    {
        var row = new SummaryRow
        {
            Id = "a \"quoted\" id",
            Line = 12,
            File = null,
            Scores = [61.25, 0.1 + 0.2, null, 100, 0, 49.999999999999993],
            Verdicts = ["moderate", "high", null, "high", "low", "low"],
            NamedSources = 3,
            UnnamedSources = 0,
            Figures = 7,
            InconsistentFigures = 1,
            ContradictedFigures = 0,
            Hedges = 2,
            UncertainSentences = 1,
            Sentences = 9,
            Profile = "news",
            RuleSetDigest = "sha256:abc",
            Language = "en",
            Warnings = "html_markup long_line",
        };

        SummaryRow back = SummaryRowJson.Read(Line(row))!;

        Assert.Equal(row.Id, back.Id);
        Assert.Equal(row.Line, back.Line);
        Assert.Null(back.File);
        Assert.Equal(row.Scores, back.Scores);
        Assert.Equal(row.Verdicts, back.Verdicts);
        Assert.Equal((3, 0, 7, 1, 0, 2, 1, 9), (back.NamedSources, back.UnnamedSources, back.Figures, back.InconsistentFigures, back.ContradictedFigures, back.Hedges, back.UncertainSentences, back.Sentences));
        Assert.Equal(("news", "sha256:abc", "en", "html_markup long_line"), (back.Profile, back.RuleSetDigest, back.Language, back.Warnings));
        Assert.Null(back.ErrorCode);
        Assert.Equal(Line(row), Line(back));
    }

    [Fact]
    public void FailedRow_CarriesATopLevelError_WhichTheResumeScanCounts()
    {
        SummaryRow failed = SummaryRow.Failure("r5", 6, null, new RecordError("invalid_json", "line 6: not JSON"));
        SummaryRow scored = new() { Id = "r6", Line = 7, Scores = [50, 50, 50, 50, 50, 50] };
        byte[] text = [.. Line(failed), (byte)'\n', .. Line(scored), (byte)'\n', .. Encoding.UTF8.GetBytes("{\"id\":\"r7\",\"li")];

        ResumePoint point = ResumeScan.Jsonl(new MemoryStream(text), "journal");

        Assert.Equal(2, point.Records);
        Assert.Equal(1, point.Failed);
        Assert.Equal("r6", point.LastId);
        Assert.Equal(Line(failed).Length + Line(scored).Length + 2, point.ValidLength);
        Assert.Equal(("invalid_json", "line 6: not JSON"), (SummaryRowJson.Read(Line(failed))!.ErrorCode, SummaryRowJson.Read(Line(failed))!.ErrorMessage));
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"schemaVersion\":1}")]
    [InlineData("{\"id\":\"x\",\"scores\":[1,2]}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"id\":\"x\",\"counts\":\"seven\"}")]
    [InlineData("{\"id\":\"x\"")]
    public void LinesThisClassDidNotWrite_AreNotRows(string line) => Assert.Null(SummaryRowJson.Read(Encoding.UTF8.GetBytes(line)));
}
