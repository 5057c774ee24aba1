namespace EpistemicScoring.Text;

/// <summary>
/// Folds typographic variants to one plain form, one character for one character, so that the folded
/// string has the same length as the input and every offset stays valid in both.
/// </summary>
/// <remarks>
/// Full Unicode normalisation (NFC or NFKC) can change a string's length, which would break the contract that
/// spans index the exact input. Folding character by character keeps the offsets and covers what matters for
/// lexicon look-ups in news text: curly quotes and apostrophes, dashes, exotic spaces and full stops.
/// </remarks>
public static class CharFolding
{
    /// <summary>Folds one character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Its plain form.</returns>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2212' => '-',
        '\u2012' or '\u2013' or '\u2014' or '\u2015' => '\u2014',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' => ' ',
        '\uFF0E' => '.',
        '\uFF0C' => ',',
        '\uFF05' => '%',
        _ => c,
    };

    /// <summary>Folds a whole string; the result has the same length.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The folded string, or the input itself when nothing changes.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (Fold(text[i]) != text[i])
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, i), static (dest, state) =>
        {
            state.text.AsSpan(0, state.i).CopyTo(dest);
            for (int j = state.i; j < dest.Length; j++)
            {
                dest[j] = Fold(state.text[j]);
            }
        });
    }
}
