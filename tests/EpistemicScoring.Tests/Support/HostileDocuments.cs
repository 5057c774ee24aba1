using System.Text;

namespace EpistemicScoring.Tests.Support;

/// <summary>
/// Twelve documents built to hurt a text pipeline (issue 18), generated rather than committed: each is about
/// <c>size</c> characters of one pathological shape. The same size and seed give the same text.
/// </summary>
public static class HostileDocuments
{
    /// <summary>A short news paragraph written for these tests.</summary>
    private const string Article =
        "The harbour authority said on Tuesday that dredging would start in March. \"We expect the channel to be ready by autumn,\" "
        + "said Ines Marlowe, its director. Critics argue the $42 million plan may harm the estuary, and some residents say "
        + "the 2019 survey was never published. According to a council report, traffic rose 12% last year.\n\n";

    /// <summary>The names of the documents, in the order <see cref="All"/> returns them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "repeated-articles", "quote-runs", "digit-soup", "one-long-word", "line-breaks", "said-said-said",
        "deep-parentheses", "mixed-scripts-marks-nuls", "html-remains", "unclosed-quotes", "punctuation-runs", "one-endless-sentence",
    ];

    /// <summary>All twelve documents of about <paramref name="size"/> characters each.</summary>
    /// <param name="size">Characters per document.</param>
    /// <returns>(name, text) pairs.</returns>
    public static IEnumerable<(string Name, string Text)> All(int size)
    {
        for (int i = 0; i < Names.Count; i++)
        {
            yield return (Names[i], Make(Names[i], size));
        }
    }

    /// <summary>One document by name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="size">Characters.</param>
    /// <returns>The text.</returns>
    public static string Make(string name, int size)
    {
        var random = new Random(size ^ name.Length);
        var sb = new StringBuilder(size + 1024);
        switch (name)
        {
            case "repeated-articles":
                Repeat(sb, size, Article);
                break;
            case "quote-runs":
                sb.Append(Article);
                Repeat(sb, size, "\"\"\u201C\u201D\u201C''\u2018\u2019\"");
                break;
            case "digit-soup":
                while (sb.Length < size)
                {
                    sb.Append(random.Next(0, 100000)).Append(random.Next(4) switch { 0 => ",", 1 => ".", 2 => " ", _ => "% " });
                    if (random.Next(20) == 0)
                    {
                        sb.Append(" $").Append(random.Next(1, 999)).Append(" billion ");
                    }
                }

                break;
            case "one-long-word":
                sb.Append("The agency said ");
                while (sb.Length < size)
                {
                    sb.Append((char)('a' + random.Next(26)));
                }

                sb.Append(" today.");
                break;
            case "line-breaks":
                sb.Append("Officials said the road was closed.");
                sb.Append('\n', size);
                sb.Append("It may reopen next week.");
                break;
            case "said-said-said":
                sb.Append("The minister ");
                Repeat(sb, size, "said ");
                sb.Append("nothing.");
                break;
            case "deep-parentheses":
                sb.Append("The mayor said ");
                sb.Append('(', size / 2);
                sb.Append("the budget may grow");
                sb.Append(')', size / 2);
                sb.Append('.');
                break;
            case "mixed-scripts-marks-nuls":
                string[] pieces = ["Officials said", " \u0645\u0633\u0624\u0648\u0644 ", "\u200B", "\u200E", "\u202E", "\u2066", "\0", " \u5B98\u5458\u8BF4 ", " \u0434\u0435\u043F\u0443\u0442\u0430\u0442 ", "\uFEFF", " may ", "\u0301", "\uD83D\uDE00", "\uD800", " 25% ", ". "];
                while (sb.Length < size)
                {
                    sb.Append(pieces[random.Next(pieces.Length)]);
                }

                break;
            case "html-remains":
                Repeat(sb, size, "<div class=\"story\"><p>The council <b>said</b> the &quot;plan&quot; may cost $3&nbsp;million.</p><script>var x = \"a < b\";</script><!-- ad --><a href=\"https://example.org/a?b=1&amp;c=2\">More</a></div>\n");
                break;
            case "unclosed-quotes":
                Repeat(sb, size, "He said \u201Cthe report may be wrong and officials know it ");
                break;
            case "punctuation-runs":
                sb.Append(Article);
                Repeat(sb, size, "!!!?!?...;;;---,,,::: ");
                break;
            default:
                string[] words = ["the", "officials", "said", "may", "according", "to", "critics", "report", "percent", "12", "if", "whether", "experts", "believe", "he", "told"];
                while (sb.Length < size)
                {
                    sb.Append(words[random.Next(words.Length)]).Append(' ');
                }

                break;
        }

        return sb.ToString();
    }

    private static void Repeat(StringBuilder sb, int size, string piece)
    {
        while (sb.Length < size)
        {
            sb.Append(piece);
        }
    }
}
