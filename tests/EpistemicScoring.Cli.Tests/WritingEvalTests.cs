using System.Text.Json;

namespace EpistemicScoring.Cli.Tests;

public class WritingEvalTests
{
    // Invented articles: a calm report with no technique spans, and a rant whose loaded words are annotated.
    private const string Calm =
        "The harbour board approved a new ferry timetable on Monday, its chair, Ines Moreau, told reporters. "
        + "Crossings will run every 40 minutes from May, up from every hour, according to the board's published plan. "
        + "The change costs 1.2 million euros a year, which the board said would come from fares and a regional grant. "
        + "Two councillors voted against it, saying the grant had not yet been confirmed by the region. "
        + "The region's transport office said on Tuesday that it would decide on the grant in April.";

    private const string Rant =
        "The ferry plan is a hoax dreamed up by crooked bureaucrats. Only lunatics would believe a word of it. "
        + "This disgraceful scheme will ruin the island, and every honest islander knows it. "
        + "The board's idiots have betrayed the people who pay their wages, and their pathetic excuses fool nobody. "
        + "Islanders deserve better than this shameless gang of liars, who would sell the harbour for a seat at the mainland table.";

    private static string Data()
    {
        static object Span(string text, string word, string technique)
        {
            int start = text.IndexOf(word, StringComparison.Ordinal);
            return new { technique, start, end = start + word.Length };
        }

        string[] lines =
        [
            JsonSerializer.Serialize(new { id = "calm", text = Calm, words = Calm.Split(' ').Length, spans = Array.Empty<object>() }),
            JsonSerializer.Serialize(new
            {
                id = "rant",
                text = Rant,
                words = Rant.Split(' ').Length,
                spans = new[] { Span(Rant, "hoax", "Loaded_Language"), Span(Rant, "crooked bureaucrats", "Name_Calling,Labeling"), Span(Rant, "lunatics", "Name_Calling,Labeling"), Span(Rant, "disgraceful", "Loaded_Language") },
            }),
        ];
        return CliRunner.TempFile(".jsonl", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Eval_Writing_FindsTheAnnotatedLoadedWords_AndRanksTheRantBelowTheReport()
    {
        string data = Data();
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "writing", "--data", data, "--json");
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(r.Out);
            JsonElement root = doc.RootElement;
            Assert.Equal(2, root.GetProperty("articles").GetInt32());
            Assert.Equal(4, root.GetProperty("spans").GetInt32());
            JsonElement loaded = root.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("technique").GetString() == "Loaded_Language");
            Assert.Equal(2, loaded.GetProperty("spans").GetInt32());
            Assert.Equal(1.0, loaded.GetProperty("recallAny").GetDouble());
            JsonElement rule = root.GetProperty("rules").EnumerateArray().Single(t => t.GetProperty("rule").GetString() == "EPS553");
            // Six loaded words in the writer's voice, three of them annotated; three labels, one annotated.
            Assert.Equal(6, rule.GetProperty("findings").GetInt32());
            Assert.Equal(0.5, rule.GetProperty("precisionAny").GetDouble(), 6);
            JsonElement labels = root.GetProperty("rules").EnumerateArray().Single(t => t.GetProperty("rule").GetString() == "EPS554");
            Assert.Equal(3, labels.GetProperty("findings").GetInt32());
            Assert.Equal(1.0 / 3, labels.GetProperty("precisionAimed").GetDouble(), 6);
            var docs = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("inferenceTraceability").GetDouble());
            Assert.True(docs["rant"] < docs["calm"], $"rant {docs["rant"]}, calm {docs["calm"]}");
            JsonElement law5 = root.GetProperty("correlations")[0];
            Assert.Equal("inferenceTraceability", law5.GetProperty("score").GetString());
            Assert.Equal(-1.0, law5.GetProperty("spearman").GetDouble(), 6);
            Assert.Equal(1, law5.GetProperty("clearPairs").GetInt32());
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Eval_Writing_PrintsText_Details_AndAnHtmlReport_AndComparesWithABaseline()
    {
        string data = Data();
        string html = CliRunner.TempFile(".html");
        string baseline = CliRunner.TempFile(".jsonl");
        try
        {
            Assert.Equal(0, CliRunner.Run("batch", "--input", data, "--output", baseline).ExitCode);
            CliResult r = CliRunner.Run("eval", "--task", "writing", "--data", data, "--details", "--report", html, "--baseline", baseline);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Spearman", r.Out, StringComparison.Ordinal);
            Assert.Contains("Loaded_Language", r.Out, StringComparison.Ordinal);
            Assert.Contains("[hoax]", r.Out, StringComparison.Ordinal);
            Assert.Contains("baseline (2 articles joined by id)", r.Out, StringComparison.Ordinal);
            Assert.Contains("<svg", File.ReadAllText(html), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
            File.Delete(html);
            File.Delete(baseline);
        }
    }
}
