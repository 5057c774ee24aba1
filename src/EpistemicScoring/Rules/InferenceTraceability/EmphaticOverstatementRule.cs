using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS550: exclamation marks and shouted capitals in the writer's own voice.</summary>
internal sealed class EmphaticOverstatementRule : IRule
{
    /// <summary>Shouted words shorter than this are taken for acronyms ("FBI", "NATO").</summary>
    private const int ShoutedWordLength = 5;

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.EmphaticOverstatement,
        "Emphatic overstatement",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "Exclamation marks and words in capitals outside quotations press a claim by emphasis instead of evidence. Acronyms, datelines and all-capital headlines do not count; what speakers say inside quotation marks is theirs.")
    {
        Examples = ["The senator lied again[|!|] Nobody in the chamber was fooled.", "This is [|TOTALLY|] unacceptable, and the ministry knows it."],
        CounterExamples = ["\"We won!\" the coach shouted.", "WASHINGTON (AP) - The FBI and NATO met on Monday.", "BUDGET PASSES AFTER LONG NIGHT"],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        foreach (Sentence sentence in doc.Sentences)
        {
            if (IsCapitalsLine(doc, sentence))
            {
                continue;
            }

            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (doc.IsInQuote(i))
                {
                    continue;
                }

                Token t = doc[i];
                if (t.Kind == TokenKind.Punctuation && doc.TokenText(i) is "!")
                {
                    context.Report(t.Span, "Exclamation in the writer's voice");
                }
                else if (t.Kind == TokenKind.Word && t.IsAllCaps && t.Length >= ShoutedWordLength && (t.Shape & TokenShape.Abbreviation) == 0
                    && !IsDateline(doc, sentence, i))
                {
                    context.Report(t.Span, $"Shouted word \"{doc.OriginalText(i)}\"");
                }
            }
        }
    }

    /// <summary>A headline set in capitals: no lower-case word at all.</summary>
    private static bool IsCapitalsLine(TextDocument doc, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc[i].Kind == TokenKind.Word && !doc[i].IsAllCaps && doc[i].Length > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"WASHINGTON (AP) —", "NEW YORK —": the run of capitals that opens a paragraph.</summary>
    private static bool IsDateline(TextDocument doc, Sentence sentence, int token)
    {
        if (doc.Paragraphs[sentence.Paragraph].FirstSentence != sentence.Index)
        {
            return false;
        }

        for (int i = sentence.FirstToken; i < token; i++)
        {
            if (doc[i].Kind == TokenKind.Word && !doc[i].IsAllCaps)
            {
                return false;
            }
        }

        return true;
    }
}
