using System.Text.Json;
using EpistemicScoring.Cli.Eval;

namespace EpistemicScoring.Cli.Tests;

/// <summary><c>eval --task sources</c> on both annotated formats: the project's and PolNeAR's.</summary>
public class SourcesEvalTests
{
    // Invented text. "Mara Lind" said; inside what she said, "the board believes": a nested attribution that data
    // annotating only outermost attributions leaves out.
    private const string Text = "Mara Lind said the board believes the bridge will open in May. The toll was dropped, it was announced.";

    private static string Span(string text, string words)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        return $"[[{start}, {start + words.Length}]]";
    }

    private static string PolnearRecord(string id) =>
        $$"""{"id": "{{id}}", "text": {{JsonSerializer.Serialize(Text)}}, "attributions": [{"source": {{Span(Text, "Mara Lind")}}, "cue": {{Span(Text, "said")}}, "content": {{Span(Text, "the board believes the bridge will open in May")}}}, {"source": [], "cue": {{Span(Text, "announced")}}, "content": {{Span(Text, "The toll was dropped")}}}]}""";

    [Fact]
    public void Polnear_NestedPredictionIsSetAside_AndAnEmptySourceIsNotGold()
    {
        string data = CliRunner.TempFile(".jsonl", PolnearRecord("dev/a#1") + "\n");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "sources", "--data", data, "--json");
            Assert.True(r.ExitCode == 0, r.Error);
            using JsonDocument doc = JsonDocument.Parse(r.Out);
            JsonElement all = doc.RootElement.GetProperty("all");
            Assert.True(doc.RootElement.GetProperty("outermostOnly").GetBoolean());
            Assert.Equal(1, all.GetProperty("annotated").GetInt32());
            Assert.Equal(1, all.GetProperty("tp").GetInt32());
            Assert.Equal(0, all.GetProperty("fp").GetInt32());
            Assert.Equal(1, all.GetProperty("setAside").GetInt32());
            Assert.Equal(JsonValueKind.Null, all.GetProperty("namedAgreement").ValueKind);
            Assert.Equal(1.0, all.GetProperty("precisionLow").GetDouble());
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void ProjectFormat_NestedPredictionIsWrong_WhenNestedOnesAreAnnotatedToo()
    {
        // The project's format annotates nested attributions, so an unannotated one counts against precision.
        int s = Text.IndexOf("Mara Lind", StringComparison.Ordinal);
        int c = Text.IndexOf("the board", StringComparison.Ordinal);
        string record = $$"""{"id": "x", "text": {{JsonSerializer.Serialize(Text)}}, "attributions": [{"source": [{{s}}, {{s + 9}}], "cue": [{{s + 10}}, {{s + 14}}], "content": [{{c}}, {{c + 46}}], "kind": "namedPerson", "named": true}]}""";
        string data = CliRunner.TempFile(".jsonl", record + "\n");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "sources", "--data", data, "--json");
            Assert.True(r.ExitCode == 0, r.Error);
            using JsonDocument doc = JsonDocument.Parse(r.Out);
            JsonElement all = doc.RootElement.GetProperty("all");
            Assert.Equal(1, all.GetProperty("tp").GetInt32());
            Assert.Equal(1, all.GetProperty("fp").GetInt32());
            Assert.Equal(0, all.GetProperty("setAside").GetInt32());
            Assert.Equal(1.0, all.GetProperty("namedAgreement").GetDouble());
            Assert.Equal(1, doc.RootElement.GetProperty("precisionByType").GetProperty("belief").GetProperty("judged").GetInt32());
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Text_PrintsIntervals_AndReportListsMissesInHtml()
    {
        // The second article's annotated source is one the extractor cannot find ("the toll", no cue).
        string missText = "The mayor hinted at a toll. Bridges cost money.";
        string miss = $$"""{"id": "dev/b#2", "text": {{JsonSerializer.Serialize(missText)}}, "attributions": [{"source": {{Span(missText, "Bridges")}}, "cue": {{Span(missText, "cost")}}, "content": {{Span(missText, "money")}}}]}""";
        string data = CliRunner.TempFile(".jsonl", PolnearRecord("dev/a#1") + "\n" + miss + "\n");
        string html = CliRunner.TempFile(".html");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "sources", "--data", data, "--report", html);
            Assert.True(r.ExitCode == 0, r.Error);
            Assert.Contains("95% intervals", r.Out, StringComparison.Ordinal);
            Assert.Contains("set aside", r.Out, StringComparison.Ordinal);
            string page = File.ReadAllText(html);
            Assert.Contains("<h2>Misses (1)</h2>", page, StringComparison.Ordinal);
            Assert.Contains("<mark>Bridges</mark>", page, StringComparison.Ordinal);
            Assert.Contains("<h2>Set aside", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
            File.Delete(html);
        }
    }

    [Fact]
    public void Half_LooksUpTextsInEveryRecordOfTheNewsFolder()
    {
        // Annotations without text take it from ../news/*.jsonl, whose records are keyed differently: the half
        // chosen for the annotations must not filter the news file.
        string root = Path.Combine(Path.GetTempPath(), "es-src-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "news"));
        Directory.CreateDirectory(Path.Combine(root, "ann"));
        try
        {
            var news = new List<string>();
            var ann = new List<string>();
            for (int i = 0; i < 8; i++)
            {
                string text = $"Officials said the pier {i} will close.";
                news.Add(JsonSerializer.Serialize(new { id = $"art{i}", dataset = "D", file = $"f{i}.txt", text }));
                ann.Add($$"""{"id": "art{{i}}", "attributions": [{"source": [0, 9], "cue": [10, 14], "content": [15, {{text.Length - 1}}], "kind": "anonymous", "named": false}]}""");
            }

            File.WriteAllLines(Path.Combine(root, "news", "n.jsonl"), news);
            string data = Path.Combine(root, "ann", "sources.jsonl");
            File.WriteAllLines(data, ann);
            int articles = 0;
            foreach (string half in new[] { "tune", "check" })
            {
                CliResult r = CliRunner.Run("eval", "--task", "sources", "--data", data, "--half", half, "--json");
                Assert.True(r.ExitCode == 0, r.Error);
                using JsonDocument doc = JsonDocument.Parse(r.Out);
                articles += doc.RootElement.GetProperty("articles").GetInt32();
            }

            Assert.Equal(8, articles);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void PrecisionRecallIntervals_ContainThePooledFigure_AndAreReproducible()
    {
        var units = Enumerable.Range(0, 60).Select(static i => new PrecisionRecall(5 + (i % 4), i % 3, 2 + (i % 5))).ToList();
        (Interval p, Interval r, Interval f) = Statistics.PrecisionRecallIntervals(units);
        var pooled = new PrecisionRecall(units.Sum(static u => u.TruePositives), units.Sum(static u => u.FalsePositives), units.Sum(static u => u.FalseNegatives));
        Assert.InRange(pooled.Precision, p.Low, p.High);
        Assert.InRange(pooled.Recall, r.Low, r.High);
        Assert.InRange(pooled.F1, f.Low, f.High);
        Assert.True(p.High > p.Low);
        Assert.Equal((p, r, f), Statistics.PrecisionRecallIntervals(units));
    }
}
