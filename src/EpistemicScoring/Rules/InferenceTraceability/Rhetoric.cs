using EpistemicScoring.Lexicons;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>
/// The rhetoric family of Law 5 (EPS554 to EPS560): words and set phrases of the writer's own that persuade by
/// connotation, alarm, pride or a forced choice instead of by evidence, read from the <c>rhetoric</c> lexicon. Each
/// entry's tag names its family (<c>label</c>, <c>exaggeration</c>, <c>minimisation</c>, <c>fear</c>, <c>flag</c>,
/// <c>slogan</c>, <c>cliche</c>, <c>blackwhite</c>, <c>doubt</c>) and, after a slash, the sense it must be read in
/// (<see cref="SenseHolds"/>); its fourth column says why it is there. Like the other habit rules, the family counts
/// only the writer's words (outside quotations, reported speech and layout), per 300 words of the writer's prose.
/// </summary>
internal static class Rhetoric
{
    /// <summary>The lexicon the family reads.</summary>
    public const string LexiconName = "rhetoric";

    /// <summary>How the opinion profile scales the family: 1.2, as it scales overclaiming (EPS501).</summary>
    public static IReadOnlyDictionary<TextProfile, double> OpinionMultiplier { get; } = new Dictionary<TextProfile, double> { [TextProfile.Opinion] = 1.2 };

    /// <summary>The senses an entry's tag may name after its family (each has a check in <see cref="SenseHolds"/>).</summary>
    public static IReadOnlyList<string> Senses { get; } = ["name", "attributive", "opening"];

    /// <summary>Reports the writer's matches of the given families, each with its entry's weight.</summary>
    /// <param name="context">The running rule's context.</param>
    /// <param name="families">The families the rule reads.</param>
    /// <param name="what">The kind of finding, for the message ("Label", "Appeal to fear").</param>
    public static void Report(in RuleContext context, string[] families, string what) =>
        WriterVoice.ReportMatches(
            context,
            context.Lexicons[LexiconName],
            (doc, i, entry) => entry.Tag is { } tag && families.Contains(Family(tag)) && SenseHolds(doc, i, Sense(tag)),
            word => $"{what} \"{word}\" in the writer's voice");

    /// <summary>The family of a tag: the part before the slash.</summary>
    public static string Family(string tag)
    {
        int slash = tag.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? tag : tag[..slash];
    }

    /// <summary>The sense of a tag: the part after the slash, or null.</summary>
    public static string? Sense(string tag)
    {
        int slash = tag.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? null : tag[(slash + 1)..];
    }

    /// <summary>
    /// Whether the match at token <paramref name="i"/> is read in the entry's sense. With no sense, a word capitalised
    /// inside a sentence of ordinary case is part of a name or title ("the Patriots", "Operation Desert Storm") and does
    /// not count; in a headline set in title case or in capitals, capitals say nothing and it counts. <c>name</c>: the
    /// label is itself capitalised ("the Dems") and counts in any case. <c>attributive</c>: the word stands before another
    /// word of its sentence that is not "to" ("the supposed cure"; not "was supposed to"). <c>opening</c>: the phrase opens
    /// its sentence or a clause after a comma, colon, dash or opening quotation mark ("Wake up, voters"; not "residents
    /// wake up to snow").
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="i">The match's first token.</param>
    /// <param name="sense">The sense named by the tag, or null.</param>
    /// <returns>Whether the match counts.</returns>
    /// <exception cref="ArgumentException">The sense has no check.</exception>
    public static bool SenseHolds(TextDocument doc, int i, string? sense) => sense switch
    {
        null => !IsNameWord(doc, i),
        "name" => true,
        "opening" => OpensClause(doc, i),
        "attributive" => !IsNameWord(doc, i) && i + 1 < doc.TokenCount && doc.SentenceOf(i + 1) == doc.SentenceOf(i)
            && doc[i + 1].Kind == TokenKind.Word && !doc.Is(i + 1, "to"),
        _ => throw new ArgumentException($"The rhetoric sense '{sense}' has no check.", nameof(sense)),
    };

    /// <summary>True when token <paramref name="i"/> opens its sentence or follows a comma, colon, semicolon, dash or opening quotation mark.</summary>
    private static bool OpensClause(TextDocument doc, int i) =>
        i == doc.Sentences[doc.SentenceOf(i)].FirstToken
        || (doc[i - 1].Kind == TokenKind.Punctuation && doc.TokenText(i - 1) is "," or ":" or ";" or "-" or "--" or "\u2014" or "\"" or "\u201C");

    /// <summary>A capitalised (not all-capital) word that neither opens its sentence or clause nor stands in a title-case line.</summary>
    private static bool IsNameWord(TextDocument doc, int i)
    {
        Token t = doc[i];
        if (!t.IsCapitalized || t.IsAllCaps)
        {
            return false;
        }

        Sentence s = doc.Sentences[doc.SentenceOf(i)];
        if (i == s.FirstToken || (i > s.FirstToken && doc[i - 1].Kind == TokenKind.Punctuation && doc.TokenText(i - 1) is "\"" or "\u201C" or ":" or "(" or "-" or "\u2014" or "--"))
        {
            return false;
        }

        return !IsTitleCase(doc, s);
    }

    /// <summary>A line where four in five words of three letters or more are capitalised: a headline or title.</summary>
    internal static bool IsTitleCase(TextDocument doc, in Sentence s)
    {
        int words = 0;
        int caps = 0;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (doc[k].Kind == TokenKind.Word && doc[k].Length >= 3)
            {
                words++;
                caps += doc[k].IsCapitalized || doc[k].IsAllCaps ? 1 : 0;
            }
        }

        return words >= 3 && caps * 5 >= words * 4;
    }
}
