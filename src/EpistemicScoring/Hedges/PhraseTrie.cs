using System.Collections.Frozen;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Text;

namespace EpistemicScoring.Hedges;

/// <summary>
/// A word trie over lexicon entries: one frozen look-up per token of the match, however many phrases share a first
/// word ("it is believed", "it is said", "it is not clear" ...). Finds the longest entry starting at a token, as
/// <see cref="Lexicon.TryMatch"/> does, without comparing every phrase that shares the first word. Entries are split
/// into tokens by the same tokenizer as the text; matching ignores case; of two identical entries the later wins.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root;

    private PhraseTrie(Node root) => _root = root;

    /// <summary>Builds the trie of <paramref name="entries"/>.</summary>
    public static PhraseTrie Build(IEnumerable<LexiconEntry> entries)
    {
        var root = new Builder();
        var tokens = new List<Token>();
        var newlines = new List<byte>();
        foreach (LexiconEntry entry in entries)
        {
            string folded = CharFolding.Fold(entry.Text.Trim());
            tokens.Clear();
            newlines.Clear();
            Tokenizer.Tokenize(folded, tokens, newlines);
            if (tokens.Count == 0)
            {
                continue;
            }

            Builder node = root;
            foreach (Token t in tokens)
            {
                string word = folded.Substring(t.Start, t.Length);
                if (!node.Children.TryGetValue(word, out Builder? child))
                {
                    node.Children[word] = child = new Builder();
                }

                node = child;
            }

            node.Entry = entry;
        }

        return new PhraseTrie(root.Freeze());
    }

    /// <summary>Finds the longest entry that starts at token <paramref name="index"/> and ends before <paramref name="limit"/>.</summary>
    public bool TryMatch(TextDocument doc, int index, int limit, out int tokenCount, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LexiconEntry? entry)
    {
        tokenCount = 0;
        entry = null;
        Node node = _root;
        for (int i = index; i < limit; i++)
        {
            if (node.Children is null || !node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(i), out Node? next))
            {
                break;
            }

            node = next;
            if (node.Entry is not null)
            {
                entry = node.Entry;
                tokenCount = i - index + 1;
            }
        }

        return entry is not null;
    }

    private sealed class Node(LexiconEntry? entry, FrozenDictionary<string, Node>? children)
    {
        public LexiconEntry? Entry { get; } = entry;

        public FrozenDictionary<string, Node>? Children { get; } = children;
    }

    private sealed class Builder
    {
        public Dictionary<string, Builder> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        public LexiconEntry? Entry { get; set; }

        public Node Freeze()
        {
            FrozenDictionary<string, Node>? children = null;
            if (Children.Count > 0)
            {
                var frozen = new Dictionary<string, Node>(Children.Count, StringComparer.OrdinalIgnoreCase);
                foreach (KeyValuePair<string, Builder> kv in Children)
                {
                    frozen[kv.Key] = kv.Value.Freeze();
                }

                children = frozen.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            }

            return new Node(Entry, children);
        }
    }
}
