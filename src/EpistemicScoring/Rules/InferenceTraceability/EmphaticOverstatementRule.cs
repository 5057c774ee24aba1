using System.Collections.Frozen;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS550: exclamation marks and shouted capitals in the writer's own voice.</summary>
internal sealed class EmphaticOverstatementRule : IRule
{
    /// <summary>Shouted words shorter than this are taken for acronyms ("FBI", "NATO") unless the text also uses them in lower case.</summary>
    private const int ShoutedWordLength = 5;

    /// <summary>Short words in capitals are shouted ("NOT", "ALL") when the same word appears in lower case; shorter ones never.</summary>
    private const int ShortShoutedWordLength = 3;

    /// <summary>Acronyms that are also common words ("WHO", "NOW", "AIDS").</summary>
    private static readonly FrozenSet<string> WordLikeAcronyms = FrozenSet.ToFrozenSet(
        ["who", "now", "aids", "act", "can", "one", "cat", "fed", "nasa", "gap", "pal", "sad", "fit", "tip", "ram"],
        StringComparer.OrdinalIgnoreCase);

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.EmphaticOverstatement,
        "Emphatic overstatement",
        Law.InferenceTraceability,
        defaultWeight: -0.45,
        "Exclamation marks and words in capitals outside quotations press a claim by emphasis instead of evidence. They are counted per 300 words of the writer's prose, so a habit weighs the same in a long and a short text. Acronyms (\"FBI\"; a short word in capitals counts only when the text also uses it in lower case, as \"NOT\" beside \"not\"), datelines, all-capital headlines, speakers' names in transcripts (\"ANCHOR:\") and e-mail addresses do not count; what speakers say inside quotation marks is theirs.")
    {
        PerWriterWords = true,
        Examples =
        [
            "The senator lied again[|!|] Nobody in the chamber was fooled.",
            "This is [|TOTALLY|] unacceptable, and the ministry knows it.",
            "The minister did [|NOT|] answer, and that was not an accident.",
        ],
        CounterExamples =
        [
            "\"We won!\" the coach shouted.",
            "WASHINGTON (AP) - The FBI and NATO met on Monday.",
            "BUDGET PASSES AFTER LONG NIGHT",
            "Read the full exchange below ANCHOR-AS-HOST: Your plan cuts the harbour budget by a third.",
            "The memo went to Clerk, Dana <DCLERK@harbour.example> on Monday, before the vote.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        HashSet<string>? lowerWords = null;
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
                else if (t.Kind == TokenKind.Word && t.IsAllCaps && t.Length >= ShortShoutedWordLength && (t.Shape & TokenShape.Abbreviation) == 0
                    && !IsDateline(doc, sentence, i)
                    && !IsSpeakerLabelOrAddress(doc, sentence, i)
                    && (t.Length >= ShoutedWordLength || IsShoutedShortWord(doc, i, ref lowerWords)))
                {
                    context.Report(t.Span, $"Shouted word \"{doc.OriginalText(i)}\"");
                }
            }
        }
    }

    /// <summary>A short word in capitals that the text also writes in lower case ("NOT" beside "not"), so no acronym.</summary>
    private static bool IsShoutedShortWord(TextDocument doc, int index, ref HashSet<string>? lowerWords)
    {
        if (doc.IsIn(index, WordLikeAcronyms) || doc.Is(index - 1, "the"))
        {
            return false;
        }

        if (lowerWords is null)
        {
            lowerWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < doc.Tokens.Length; i++)
            {
                if (doc[i].Kind == TokenKind.Word && doc[i].IsLower)
                {
                    lowerWords.Add(doc.TokenText(i).ToString());
                }
            }
        }

        return lowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(doc.TokenText(index));
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

    /// <summary>
    /// "BAIER:", "ALEC BALDWIN-AS-TRUMP:": a speaker's name in a transcript, a run of capitals ending in a colon; or
    /// the name part of an e-mail address ("JDOE@example.org").
    /// </summary>
    private static bool IsSpeakerLabelOrAddress(TextDocument doc, Sentence sentence, int token)
    {
        if (token + 1 < sentence.EndToken && doc.Is(token + 1, "@"))
        {
            return true;
        }

        for (int i = token + 1; i < sentence.EndToken; i++)
        {
            Token t = doc[i];
            if (doc.Is(i, ":"))
            {
                return true;
            }

            if (!(t.Kind == TokenKind.Word && t.IsAllCaps) && !doc.Is(i, "-") && !doc.Is(i, "."))
            {
                return false;
            }
        }

        return false;
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
