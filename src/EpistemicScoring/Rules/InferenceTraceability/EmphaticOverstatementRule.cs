using System.Collections.Frozen;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS550: exclamation marks and shouted capitals in the writer's own voice.</summary>
internal sealed class EmphaticOverstatementRule : IRule
{
    /// <summary>Words in capitals shorter than this are never counted ("US", "UK", "OK").</summary>
    private const int ShortShoutedWordLength = 3;

    /// <summary>A word in capitals this long with an English inflection ("LYING", "SHREDDED", "TOTALLY") is a word, not an acronym.</summary>
    private const int InflectedWordLength = 5;

    /// <summary>The lexicons of emphatic and judging words: a word of theirs in capitals is shouted, whatever else the text writes.</summary>
    private static readonly string[] EmphasisLexicons = ["intensifiers", "boosters", "loaded-words", "discourse-cues", "hedges"];

    /// <summary>Acronyms that are also common words ("WHO", "NOW", "AIDS").</summary>
    private static readonly FrozenSet<string> WordLikeAcronyms = FrozenSet.ToFrozenSet(
        ["who", "now", "aids", "act", "can", "one", "cat", "fed", "nasa", "gap", "pal", "sad", "fit", "tip", "ram"],
        StringComparer.OrdinalIgnoreCase);

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.EmphaticOverstatement,
        "Emphatic overstatement",
        Law.InferenceTraceability,
        defaultWeight: -0.45,
        "Exclamation marks and words in capitals outside quotations press a claim by emphasis instead of evidence. They are counted per 300 words of the writer's prose, so a habit weighs the same in a long and a short text. A word in capitals counts only when it is plainly a word: the text also writes it in lower case (\"NOT\" beside \"not\"), it carries an English inflection (\"LYING\", \"TOTALLY\"), or it is an intensifier, booster or loaded word. Acronyms and names in capitals (\"USAID\", \"UNICEF\", \"AFL-CIO\", an outlet's name), datelines, all-capital headlines, speakers' names in transcripts (\"ANCHOR:\") and e-mail addresses do not count; what speakers say inside quotation marks is theirs.")
    {
        PerWriterWords = true,
        Examples =
        [
            "The senator lied again[|!|] Nobody in the chamber was fooled.",
            "This is [|TOTALLY|] unacceptable, and the ministry knows it.",
            "The minister did [|NOT|] answer, and that was not an accident.",
            "The council was [|LYING|] about the harbour fund all along.",
        ],
        CounterExamples =
        [
            "\"We won!\" the coach shouted.",
            "WASHINGTON (AP) - The FBI and NATO met on Monday.",
            "BUDGET PASSES AFTER LONG NIGHT",
            "Read the full exchange below ANCHOR-AS-HOST: Your plan cuts the harbour budget by a third.",
            "The memo went to Clerk, Dana <DCLERK@harbour.example> on Monday, before the vote.",
            "The grant came from HARBORAID, and HARBORAID said the money would arrive in March.",
            "The AFL-CIO and the C-SPAN archive both kept copies of the speech.",
            "The vote was close.\nPhoto: DANA REYES/HARBOR GAZETTE\nThe count ended at midnight.",
            "The interview ran in USA TODAY and on MSNBC the same week, and today it is quoted often.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        WordForms? forms = null;
        foreach (Sentence sentence in doc.Sentences)
        {
            if (IsCapitalsLine(doc, sentence) || context.Analysis.IsLayout(sentence.Index))
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
                    && !IsHyphenatedAcronym(doc, i)
                    && !IsOrganisationName(context, sentence, i)
                    && IsPlainlyAWord(context, i, ref forms))
                {
                    context.Report(t.Span, $"Shouted word \"{doc.OriginalText(i)}\"");
                }
            }
        }
    }

    /// <summary>
    /// A word in capitals that is plainly a word, not an acronym or a name: the text also writes it in lower case
    /// ("NOT" beside "not"), it has an English inflection ("LYING", "SHREDDED", "TOTALLY"), or it is one of the
    /// emphatic or judging words of the lexicons. "USAID" ten times in capitals and never in lower case is a name.
    /// </summary>
    private static bool IsPlainlyAWord(in RuleContext context, int index, ref WordForms? forms)
    {
        TextDocument doc = context.Document;
        forms ??= WordForms.Of(doc);
        if (IsWord(context, index, forms))
        {
            return true;
        }

        // A run of capitals in a sentence of ordinary case ("TAKE DOWN ALL CHANNELS") is shouted as a whole when a
        // word beside it is plainly shouted.
        return (index > 0 && IsCapitalsWord(doc, index - 1) && IsWord(context, index - 1, forms))
            || (index + 1 < doc.TokenCount && IsCapitalsWord(doc, index + 1) && IsWord(context, index + 1, forms));
    }

    private static bool IsCapitalsWord(TextDocument doc, int i) =>
        doc[i].Kind == TokenKind.Word && doc[i].IsAllCaps && doc[i].Length >= ShortShoutedWordLength && !doc.IsInQuote(i);

    private static bool IsWord(in RuleContext context, int index, WordForms forms)
    {
        TextDocument doc = context.Document;
        ReadOnlySpan<char> word = doc.TokenText(index);
        if (forms.Lower.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return !doc.IsIn(index, WordLikeAcronyms) && !doc.Is(index - 1, "the");
        }

        // Written elsewhere as a name ("Irving", "Trump") and never in lower case: the name in capitals.
        if (forms.Title.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        if (word.Length >= InflectedWordLength
            && (word.EndsWith("ING", StringComparison.Ordinal) || word.EndsWith("ED", StringComparison.Ordinal) || word.EndsWith("LY", StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (string name in EmphasisLexicons)
        {
            if (context.Lexicons[name].Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Of the words the text writes in capitals, those it also writes in lower case, and those it writes only
    /// capitalised inside a sentence (names). Only words in capitals are kept, so the sets stay as small as the
    /// number of such words (a set of every lower-case word cost more than the rest of the rule).
    /// </summary>
    private sealed class WordForms
    {
        public HashSet<string> Lower { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Title { get; } = new(StringComparer.OrdinalIgnoreCase);

        public static WordForms Of(TextDocument doc)
        {
            var forms = new WordForms();
            var capitals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = capitals.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int i = 0; i < doc.TokenCount; i++)
            {
                Token t = doc[i];
                if (t.Kind == TokenKind.Word && t.IsAllCaps && t.Length >= ShortShoutedWordLength)
                {
                    lookup.Add(doc.TokenText(i));
                }
            }

            if (capitals.Count == 0)
            {
                return forms;
            }

            foreach (Sentence s in doc.Sentences)
            {
                for (int i = s.FirstToken; i < s.EndToken; i++)
                {
                    Token t = doc[i];
                    if (t.Kind != TokenKind.Word || !lookup.TryGetValue(doc.TokenText(i), out string? word))
                    {
                        continue;
                    }

                    if (t.IsLower)
                    {
                        forms.Lower.Add(word);
                    }
                    else if (t.IsCapitalized && !t.IsAllCaps && i > s.FirstToken)
                    {
                        forms.Title.Add(word);
                    }
                }
            }

            forms.Title.ExceptWith(forms.Lower);
            return forms;
        }
    }

    /// <summary>A word of an outlet's or institution's name in capitals ("USA TODAY"), from the source-organisations lexicon.</summary>
    private static bool IsOrganisationName(in RuleContext context, Sentence sentence, int token)
    {
        TextDocument doc = context.Document;
        Lexicons.Lexicon organisations = context.Lexicons["source-organisations"];
        for (int start = Math.Max(sentence.FirstToken, token - 3); start <= token; start++)
        {
            if (organisations.TryMatch(doc, start, sentence.EndToken, out int count, out Lexicons.LexiconEntry? entry) && start + count > token
                && (count > 1 || entry.Tag == "outlet"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"AFL-CIO", "C-SPAN": capitals joined by a hyphen to more capitals or a single letter are a name.</summary>
    private static bool IsHyphenatedAcronym(TextDocument doc, int token)
    {
        if (doc.TokenText(token).Contains('-'))
        {
            return true;
        }

        bool before = token >= 2 && doc.Is(token - 1, "-") && doc.IsAttachedToPrevious(token) && doc.IsAttachedToPrevious(token - 1) && IsCapitalsPart(doc, token - 2);
        bool after = token + 2 < doc.TokenCount && doc.Is(token + 1, "-") && doc.IsAttachedToPrevious(token + 1) && doc.IsAttachedToPrevious(token + 2) && IsCapitalsPart(doc, token + 2);
        return before || after;
    }

    private static bool IsCapitalsPart(TextDocument doc, int token) =>
        doc[token].Kind == TokenKind.Word && (doc[token].IsAllCaps || doc[token].Length == 1);

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
