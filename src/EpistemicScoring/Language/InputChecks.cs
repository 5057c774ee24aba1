using System.Globalization;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Language;

/// <summary>
/// The input policy made visible (README, Input policy): one pass over the characters counts what the analysis
/// reads in a particular way, and each kind found becomes an <see cref="InputWarning"/> on the report. Nothing is
/// removed or rewritten: offsets always index the input as given.
/// </summary>
internal static class InputChecks
{
    /// <summary>A token longer than this is listed in <c>long_tokens</c> (no English word or figure comes near it).</summary>
    internal const int LongToken = 100;

    /// <summary>A tag or entity longer than this is not counted as markup.</summary>
    private const int MaxTagLength = 256;

    /// <summary>Markup is named only from this many tags or entities: one '&lt;b&gt;' in a quoted code sample is not a page.</summary>
    private const int MinMarkup = 3;

    public static IReadOnlyList<InputWarning> Find(TextDocument doc, LanguageInfo language)
    {
        var warnings = new List<InputWarning>();
        if (!language.ScoredAsEnglish)
        {
            warnings.Add(new InputWarning(
                "not_english",
                $"The text reads as {LanguageGuesser.Describe(language)} ({language.Code}, {language.Script} script), not English: the rules and word lists are English, so no law is judged (every verdict is insufficient). The analysis is still listed."));
        }

        string text = doc.Text;
        int control = 0;
        int nul = 0;
        int format = 0;
        int lone = 0;
        int replacement = 0;
        int markup = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < ' ' || c is >= '\u007F' and <= '\u009F')
            {
                if (c is not ('\n' or '\r' or '\t'))
                {
                    control++;
                    nul += c == '\0' ? 1 : 0;
                }
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    lone++;
                }
            }
            else if (c == '\uFFFD')
            {
                replacement++;
            }
            else if (c is '<' or '&' && MarkupLength(text, i) is > 0 and int length)
            {
                markup++;
                i += length - 1;
            }
            else if (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                format++;
            }
        }

        if (control > 0)
        {
            warnings.Add(new InputWarning("control_characters", Invariant($"{control:N0} control characters ({nul:N0} of them NUL) were read as white space; offsets still count them.")));
        }

        if (format > 0)
        {
            warnings.Add(new InputWarning("format_characters", Invariant($"{format:N0} invisible format characters (zero-width spaces and joiners, bidirectional marks, soft hyphens, byte-order marks) were read as word breaks: a word split by one is read as two.")));
        }

        if (lone > 0)
        {
            warnings.Add(new InputWarning("lone_surrogates", Invariant($"{lone:N0} unpaired surrogates (broken UTF-16) were read as symbols, never as part of a word.")));
        }

        if (replacement > 0)
        {
            warnings.Add(new InputWarning("replacement_characters", Invariant($"{replacement:N0} replacement characters (U+FFFD): the text was probably decoded from bytes that were not valid UTF-8; the words around them may be broken.")));
        }

        if (markup >= MinMarkup)
        {
            warnings.Add(new InputWarning("html_markup", Invariant($"{markup:N0} HTML tags or entities were scored as text, not as a page: strip the markup first, or give the page to 'epistemic batch' as an .html file of a folder, which reads its main text.")));
        }

        int longTokens = 0;
        foreach (Token t in doc.Tokens)
        {
            longTokens += t.Length > LongToken ? 1 : 0;
        }

        if (longTokens > 0)
        {
            warnings.Add(new InputWarning("long_tokens", Invariant($"{longTokens:N0} tokens longer than {LongToken} characters were kept whole but match no word list; a run of digits longer than 64 characters is listed as a number that is not normalised.")));
        }

        int cut = 0;
        foreach (Sentence s in doc.Sentences)
        {
            cut += s.TokenCount >= SentenceSplitter.MaxSentenceTokens ? 1 : 0;
        }

        if (cut > 0)
        {
            warnings.Add(new InputWarning("long_sentences", Invariant($"{cut:N0} runs of {SentenceSplitter.MaxSentenceTokens} tokens without a sentence end were cut into sentences of that length.")));
        }

        return warnings;
    }

    /// <summary>The length of an HTML tag ("&lt;p&gt;", "&lt;/div&gt;", "&lt;!-- --&gt;") or entity ("&amp;amp;", "&amp;#8217;") at <paramref name="i"/>, or 0.</summary>
    private static int MarkupLength(string text, int i)
    {
        int end = Math.Min(text.Length, i + MaxTagLength);
        if (text[i] == '<')
        {
            if (i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                return 0;
            }

            for (int k = i + 1; k < end; k++)
            {
                if (text[k] == '>')
                {
                    return k - i + 1;
                }

                if (text[k] is '<' or '\n')
                {
                    return 0;
                }
            }

            return 0;
        }

        int j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
        }

        int start = j;
        while (j < end && j - start < 10 && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j > start + 1 && j < text.Length && text[j] == ';' ? j - i + 1 : 0;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
