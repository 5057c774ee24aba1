using System.CommandLine;

namespace EpistemicScoring.Cli.Commands;

/// <summary>
/// Options that take one of a few words. The word is matched ignoring case (<c>--format JSON</c>), as users of
/// other command-line tools expect; anything else, a number included, is refused with the list of choices.
/// </summary>
internal static class Choices
{
    /// <summary>Makes <paramref name="option"/> accept only <paramref name="values"/>, ignoring case; the value read is the canonical spelling.</summary>
    public static Option<string> AcceptOnly(this Option<string> option, params string[] values)
    {
        string? fallback = null;
        option.HelpName ??= string.Join('|', values);
        Func<System.CommandLine.Parsing.ArgumentResult, string>? defaults = option.DefaultValueFactory;
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaults is null ? fallback! : defaults(result);
            }

            string given = result.Tokens[^1].Value;
            string? match = Match(given, values);
            if (match is null)
            {
                result.AddError($"'{given}' is not a value of {option.Name}; use one of: {string.Join(", ", values)}.");
                return given;
            }

            return match;
        };
        return option;
    }

    /// <summary>The canonical spelling of <paramref name="given"/> among <paramref name="values"/>, ignoring case, or null.</summary>
    public static string? Match(string given, IEnumerable<string> values)
    {
        foreach (string v in values)
        {
            if (string.Equals(v, given, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Parses an enumeration by name only, ignoring case (never by number).</summary>
    public static bool TryParseName<T>(string given, out T value)
        where T : struct, Enum
    {
        foreach (T candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), given, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>The same for an option without a default.</summary>
internal static class NullableChoices
{
    /// <summary>Makes a nullable string option accept only <paramref name="values"/>, ignoring case.</summary>
    public static Option<string?> AcceptOnlyNullable(this Option<string?> option, params string[] values)
    {
        option.HelpName ??= string.Join('|', values);
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string given = result.Tokens[^1].Value;
            string? match = Choices.Match(given, values);
            if (match is null)
            {
                result.AddError($"'{given}' is not a value of {option.Name}; use one of: {string.Join(", ", values)}.");
            }

            return match;
        };
        return option;
    }
}
