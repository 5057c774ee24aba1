using System.IO.Enumeration;

namespace EpistemicScoring.Cli.IO;

/// <summary>
/// What <c>score</c> was given, expanded to files: <c>-</c> is standard input, a directory gives its text and HTML
/// files (<c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.htm</c>) at any depth, and a pattern with <c>*</c>, <c>?</c>
/// or <c>**</c> gives the files it matches (for shells that do not expand it, and on Windows). Files come in
/// ordinal order of their path, each once.
/// </summary>
internal static class InputSet
{
    private static readonly string[] DocumentExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"];

    public static IReadOnlyList<string> Expand(IReadOnlyList<string> arguments)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            if (path == "-" || seen.Add(Path.GetFullPath(path)))
            {
                result.Add(path);
            }
        }

        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(static f => DocumentExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    throw new CliException($"{argument}: the directory holds no .txt, .md or .html file.");
                }

                files.ForEach(Add);
            }
            else if (argument.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                List<string> matches = Glob(argument);
                if (matches.Count == 0)
                {
                    throw new CliException($"{argument}: no file matches the pattern.");
                }

                matches.ForEach(Add);
            }
            else
            {
                Add(argument); // a missing file is reported when it is read
            }
        }

        return result;
    }

    private static List<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        string[] parts = normalized.Split('/');
        int firstWild = Array.FindIndex(parts, static p => p.AsSpan().IndexOfAny('*', '?') >= 0);
        string root = firstWild == 0 ? "." : string.Join('/', parts[..firstWild]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        string rest = string.Join('/', parts[firstWild..]);
        bool deep = rest.Contains("**", StringComparison.Ordinal) || parts.Length - firstWild > 1;
        return Directory.EnumerateFiles(root, "*", deep ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => Matches(Path.GetRelativePath(root, f).Replace('\\', '/'), rest))
            .Select(f => firstWild == 0 ? Path.GetRelativePath(".", f) : f)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Matches a relative path segment by segment; <c>**</c> stands for any number of directories.</summary>
    private static bool Matches(string relative, string pattern)
    {
        string[] path = relative.Split('/');
        string[] pat = pattern.Split('/');
        return Match(path, 0, pat, 0);

        static bool Match(string[] path, int i, string[] pat, int j)
        {
            if (j == pat.Length)
            {
                return i == path.Length;
            }

            if (pat[j] == "**")
            {
                for (int k = i; k <= path.Length; k++)
                {
                    if (Match(path, k, pat, j + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            return i < path.Length && FileSystemName.MatchesSimpleExpression(pat[j], path[i], ignoreCase: false) && Match(path, i + 1, pat, j + 1);
        }
    }
}
