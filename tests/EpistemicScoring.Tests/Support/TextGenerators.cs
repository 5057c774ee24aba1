using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace EpistemicScoring.Tests.Support;

/// <summary>
/// FsCheck generators for the three kinds of text the properties run on: news-like prose built from a small grammar
/// of attributions, figures, hedges and quotations (so that the rules fire); adversarial text built from the shapes
/// that hurt a text pipeline (runs of one mark, digit soup, long tokens, control and format characters, lone
/// surrogates, HTML remains); and arbitrary UTF-16, lone surrogates included. Every sentence is written for these tests.
/// </summary>
public static class TextGenerators
{
    /// <summary>The environment variable that sets the number of cases per property (the nightly run sets 10,000).</summary>
    public const string CasesVariable = "EPISTEMIC_PROPERTY_CASES";

    /// <summary>The number of cases per property: <see cref="CasesVariable"/> when set, else <paramref name="ci"/>.</summary>
    /// <param name="ci">The number of cases in an ordinary (CI) run.</param>
    /// <returns>The number of cases.</returns>
    public static int Cases(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), out int n) && n > 0 ? n : ci;

    /// <summary>Checks <paramref name="property"/> on <see cref="Cases"/> cases, throwing on the first failure (shrunk).</summary>
    /// <param name="property">The property.</param>
    /// <param name="ci">The number of cases in an ordinary run.</param>
    public static void Check(Property property, int ci) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases(ci)), property);

    /// <summary>The generator named <paramref name="kind"/>: <c>news</c>, <c>adversarial</c> or <c>unicode</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its arbitrary, with shrinking by dropping pieces.</returns>
    public static Arbitrary<string> Named(string kind) => kind switch
    {
        "news" => NewsLike(),
        "adversarial" => Adversarial(),
        "unicode" => ArbitraryUnicode(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "news, adversarial or unicode"),
    };

    private static readonly string[] Subjects =
    [
        "The finance ministry", "Officials", "A senior official", "Mayor Lena Ortiz", "Critics", "The report", "He", "She",
        "People familiar with the talks", "The port authority's director, Ines Marlowe,", "Analysts at Halvorsen Bank", "Some residents",
        "Dr. Amara Osei", "The council", "Experts", "A spokesman for the agency", "The 2019 survey", "Police",
    ];

    private static readonly string[] Verbs =
    [
        "said", "told reporters", "claimed", "argued", "wrote in a statement", "denied", "estimated", "warned", "believes",
        "said on Tuesday", "admitted", "reportedly said", "insisted", "expects", "declined to comment on whether",
    ];

    private static readonly string[] Clauses =
    [
        "the plan may cost $42 million", "traffic rose 12% last year, up from 9%", "the budget of $3.5 billion is clearly wrong",
        "the bridge will reopen in May", "12 of 40 members, or 30%, voted against it", "prices could fall by a third",
        "the deal is a disaster", "nobody ever reads the rules", "the fund holds about 1,200 accounts", "this means the tax must rise",
        "the project might be delayed because the survey was never published", "it rained for 3 days in March 2021",
        "between 35 and 40 percent of voters are undecided", "the firm totally ignored the warnings", "exports fell 0.4% in the quarter",
    ];

    private static readonly string[] Openers = ["", "However, ", "According to a council report, ", "Last week, ", "In some cases, ", "Therefore, ", "If approved, "];

    private static readonly string[] Closers = [".", ".", ".", "?", "!", "...", ".\n", ".\n\n"];

    /// <summary>Sentences of attributions, figures, hedges and quotations in random order, in paragraphs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> NewsLike()
    {
        Gen<string> reported = Gen.Elements(Openers).SelectMany(o => Gen.Elements(Subjects).SelectMany(s => Gen.Elements(Verbs).SelectMany(v =>
            Gen.Elements(Clauses).SelectMany(c => Gen.Elements(Closers).Select(e => $"{o}{s} {v} {c}{e} ")))));
        Gen<string> quoted = Gen.Elements(Clauses).SelectMany(c => Gen.Elements(Subjects).SelectMany(s => Gen.Elements(["\"", "\u201C"]).Select(q =>
            $"{q}{char.ToUpperInvariant(c[0])}{c[1..]},{(q == "\"" ? "\"" : "\u201D")} {s.ToLowerInvariant()} said. ")));
        Gen<string> plain = Gen.Elements(Clauses).SelectMany(c => Gen.Elements(Closers).Select(e => $"{char.ToUpperInvariant(c[0])}{c[1..]}{e} "));
        return Pieces(Gen.Frequency((4, reported), (2, quoted), (2, plain)));
    }

    private static readonly string[] HostilePieces =
    [
        "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069",
        "\uFEFF", "\u00AD", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "e\u0301", "\u0301", "\uFFFD", "\uFFFF", "\r", "\r\n", "\t",
        "<div class=\"x\">", "</p>", "&amp;", "&quot;", "&nbsp;", "<script>var a = \"b < c\";</script>", "<!-- -->", "https://example.org/a?b=(1)",
        "\u0645\u0633\u0624\u0648\u0644 \u0642\u0627\u0644", "\u5B98\u5458\u8BF4", "\u0434\u0435\u043F\u0443\u0442\u0430\u0442 \u0441\u043A\u0430\u0437\u0430\u043B",
        "U.S.", "Dr.", "No.", "$", "%", "\u20AC", "1e400", "-0", "0.0.0", "1,2,3,4,5,6,7,8,9", "'s", "O'", "--", "\u2014", "\u2026",
    ];

    private static readonly char[] RunChars = ['"', '\u201C', '\u201D', '\'', '(', ')', '[', '!', '?', '.', ',', '-', '\n', ' ', '9', '0', 'a', '$', '%', '<', '>', '&'];

    /// <summary>The shapes that hurt: runs of one mark, digit soup, long words, control and format characters, HTML, between news pieces.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> Adversarial()
    {
        Gen<string> run = Gen.Elements(RunChars).SelectMany(c => Gen.Choose(1, 600).Select(n => new string(c, n)));
        Gen<string> digits = Gen.Choose(1, 800).SelectMany(n => Gen.Choose(0, 2).Select(sep => Digits(n, sep)));
        Gen<string> longWord = Gen.Choose(50, 2000).SelectMany(n => Gen.Elements(['x', 'Q', '\u00E9', '\u0436']).Select(c => new string(c, n)));
        Gen<string> repeated = Gen.Elements(["said ", "may ", "according to ", "\"said\" ", "percent ", "officials "]).SelectMany(w => Gen.Choose(1, 200).Select(n => string.Concat(Enumerable.Repeat(w, n))));
        Gen<string> nested = Gen.Choose(1, 500).Select(n => new string('(', n) + "officials said it may rain" + new string(')', n));
        Gen<string> news = NewsLike().Generator;
        return Pieces(Gen.Frequency((3, Gen.Elements(HostilePieces)), (2, run), (1, digits), (1, longWord), (1, repeated), (1, nested), (3, news)));
    }

    private static string Digits(int n, int separator)
    {
        var sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++)
        {
            sb.Append((char)('0' + (i * 7 % 10)));
            if (separator == 1 && i % 3 == 2)
            {
                sb.Append(',');
            }
            else if (separator == 2 && i % 5 == 4)
            {
                sb.Append('.');
            }
        }

        return sb.ToString();
    }

    /// <summary>Any UTF-16: random code units (lone surrogates, controls, private use) and random code points of every plane.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> ArbitraryUnicode()
    {
        Gen<string> unit = Gen.Choose(0, 0xFFFF).Select(static c => ((char)c).ToString());
        Gen<string> point = Gen.Choose(0, 0x10FFFF).Where(static c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32);
        Gen<string> ascii = Gen.Choose(0x20, 0x7E).Select(static c => ((char)c).ToString());
        return Pieces(Gen.Frequency((2, unit), (2, point), (3, ascii), (1, Gen.Elements([" ", ". ", "\n", "\"", " said "]))));
    }

    /// <summary>Texts as lists of pieces, so that a failing case shrinks by dropping pieces.</summary>
    private static Arbitrary<string> Pieces(Gen<string> piece) =>
        Arb.From(Gen.ListOf(piece).Select(static parts => string.Concat(parts)), Shrink);

    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        if (text.Length > 1)
        {
            yield return text[1..];
            yield return text[..^1];
        }
    }
}
