using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS209: named sources introduced with their role or affiliation ("CEPR economist Dean Baker").</summary>
internal sealed class IdentifiedByRoleRule : IRule
{
    private const string WordFile = "rules-title-words.tsv";

    /// <summary>The standard titles of heads of state and government, which earn nothing as the whole of the source's words with the name.</summary>
    private static readonly FrozenSet<string> HeadOfState = EmbeddedData.Class(EmbeddedData.WordClasses(WordFile), WordFile, "head-of-state");

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.IdentifiedByRole,
        "Sources introduced with role or affiliation",
        Law.SourceReferencing,
        defaultWeight: 0.5,
        "A name alone tells the reader little; a name with its title, office or affiliation (\"Sen. Ortiz\", \"the city's finance director, Marcus Webb\", \"a spokesman for the ministry\") tells them why the source would know and where to check. Each such attribution counts in proportion to its share of all attributions. A head of state or government named by the standard title alone (\"President Okafor said\") earns nothing: every reader knows the office.")
    {
        Examples = ["[|Finance Minister Ana Ruiz|] said the budget would pass."],
        CounterExamples = ["Ana said the budget would pass.", "President Okafor said the budget would pass."],
    };

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SourceMention> sources = context.Analysis.Sourcing;
        int counted = 0;
        foreach (SourceMention s in sources)
        {
            if (s.Kind != SourceKind.Pronoun)
            {
                counted++;
            }
        }

        if (counted == 0)
        {
            return;
        }

        TextDocument doc = context.Document;
        Lexicon titles = context.Lexicons["source-titles"];
        double strength = 3.0 / counted;
        foreach (SourceMention s in sources)
        {
            if (!s.Named || s.Kind is SourceKind.Pronoun or SourceKind.NamedDocument)
            {
                continue;
            }

            int start = doc.TokenAtOrAfter(s.Start);
            int end = doc.TokenAtOrAfter(s.Start + s.Length);
            if (StandardTitle(doc, start, end))
            {
                continue;
            }

            for (int i = start; i < end; i++)
            {
                if (doc[i].Kind == TokenKind.Word && titles.TryMatch(doc, i, end, out _, out _))
                {
                    context.Report(s.Span, $"Source introduced with role or affiliation: {s.Text}", strength);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The source's words are head-of-state title words followed by capitalised name words only ("President Okafor",
    /// "Prime Minister Lind"): the office's title as the standard form of the name, which places the source no further.
    /// </summary>
    private static bool StandardTitle(TextDocument doc, int first, int end)
    {
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads = HeadOfState.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = first;
        while (i < end && doc[i].Kind == TokenKind.Word && heads.Contains(doc.TokenText(i)))
        {
            i++;
        }

        if (i == first || i >= end)
        {
            return false;
        }

        for (; i < end; i++)
        {
            ReadOnlySpan<char> text = doc.TokenText(i);
            if (doc[i].Kind == TokenKind.Word ? !char.IsUpper(text[0]) : text is not "." and not "-")
            {
                return false;
            }
        }

        return true;
    }
}
