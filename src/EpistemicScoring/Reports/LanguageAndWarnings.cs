namespace EpistemicScoring.Reports;

/// <summary>
/// The language a text reads as, found from its letters' scripts and its function words (the language stage).
/// Only text that reads as English, or gives too little to tell, is scored: the rules and word lists are English.
/// </summary>
/// <param name="Code">An ISO 639-1 code (<c>en</c>, <c>fr</c>, <c>ko</c>, …), or <c>und</c> when the text does not say which language it is in (too few words, or a script that several languages share, such as Cyrillic or Arabic).</param>
/// <param name="Script">The script of most of its letters: <c>latin</c>, <c>cyrillic</c>, <c>arabic</c>, <c>han</c>, <c>kana</c>, <c>hangul</c>, <c>devanagari</c>, <c>greek</c>, <c>hebrew</c>, <c>thai</c>, <c>other</c>, or <c>none</c> for a text without letters.</param>
/// <param name="ScoredAsEnglish">True when the laws were judged: the text reads as English, or as no language in particular (too few words, figures, symbols). False for another language: every law is then insufficient, with a warning.</param>
public sealed record LanguageInfo(string Code, string Script, bool ScoredAsEnglish)
{
    /// <summary>
    /// The share of the text's words that are English function words ("the", "of", "said"), 0 to 1: about 0.3 to
    /// 0.45 in English news, below 0.05 in most other languages.
    /// </summary>
    public double EnglishShare { get; init; }

    /// <summary>What is assumed of a text before the language stage runs: English.</summary>
    internal static LanguageInfo English { get; } = new("en", "latin", true);
}

/// <summary>
/// Something about the input that the reader of a report should know: the text is not English, or holds characters
/// that the analysis reads in a particular way (control and format characters, lone surrogates, HTML remains, very
/// long tokens or runs without a sentence end). The input policy in the README lists every code.
/// </summary>
/// <param name="Code">A stable code: <c>not_english</c>, <c>control_characters</c>, <c>format_characters</c>, <c>lone_surrogates</c>, <c>replacement_characters</c>, <c>html_markup</c>, <c>long_tokens</c>, <c>long_sentences</c>.</param>
/// <param name="Message">What was found and how it was read, in words.</param>
public sealed record InputWarning(string Code, string Message);
