using EpistemicScoring.Sources;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Sources;

internal static class SourcesTestHelper
{
    public static List<SourceMention> Extract(string text) => SourceExtractor.Extract(TextDocument.Parse(text), LexiconSet.Default);

    public static SourceMention Single(string text, string sourceText)
    {
        List<SourceMention> all = Extract(text);
        SourceMention? m = all.Find(s => s.Text == sourceText);
        Assert.True(m is not null, $"No source '{sourceText}' in: {string.Join(" | ", all.Select(static s => $"{s.Text} ({s.Kind}, {s.Cue?.Text})"))}");
        return m!;
    }
}
