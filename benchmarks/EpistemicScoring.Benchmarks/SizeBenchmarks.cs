using System.Text;
using BenchmarkDotNet.Attributes;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// A full report at the sizes editors and researchers meet (a sentence, a paragraph, a 1,000-word article, a
/// 20,000-word report), each against one source-generated regex word pass over the same text: the Ratio column is
/// the cost of a report in word passes, and Allocated over the text's bytes is the allocation per input byte.
/// The texts are the sample articles, cut or repeated to size (the project's own prose).
/// </summary>
[MemoryDiagnoser]
public class SizeBenchmarks
{
    private readonly EpistemicScorer _scorer = EpistemicScorer.CreateDefault();
    private string _text = string.Empty;

    [Params("sentence", "paragraph", "article-1000-words", "report-20000-words")]
    public string Size { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Texts.OfSize(Size);

    [Benchmark(Baseline = true, Description = "regex word pass")]
    public int RegexWordPass() => WordPass.Run(_text);

    [Benchmark(Description = "score")]
    public EpistemicReport Score() => _scorer.Score(_text);

}

/// <summary>
/// Scoring on one thread and on two: 40 articles of about 1,000 words split between the threads. The ratio of the
/// two means is the scaling a batch on two cores can hope for (the scorer is shared, as in <c>batch</c>). The second
/// thread lives as long as the benchmark, as a batch worker does, so each operation measures scoring, not starting a
/// thread and warming its per-thread buffers.
/// </summary>
[MemoryDiagnoser]
public class ThreadBenchmarks : IDisposable
{
    private readonly EpistemicScorer _scorer = EpistemicScorer.CreateDefault();
    private readonly SemaphoreSlim _start = new(0);
    private readonly SemaphoreSlim _done = new(0);
    private string[] _articles = [];
    private Thread? _worker;
    private volatile bool _stop;

    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. Enumerable.Repeat(Texts.OfSize("article-1000-words"), 40)];
        _worker = new Thread(() =>
        {
            while (true)
            {
                _start.Wait();
                if (_stop)
                {
                    return;
                }

                ScoreRange(_articles.Length / 2, _articles.Length);
                _done.Release();
            }
        })
        { IsBackground = true };
        _worker.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop = true;
        _start.Release();
        _worker?.Join();
    }

    public void Dispose()
    {
        _start.Dispose();
        _done.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "40 articles, 1 thread")]
    public int OneThread() => ScoreRange(0, _articles.Length);

    [Benchmark(Description = "40 articles, 2 threads")]
    public int TwoThreads()
    {
        _start.Release();
        int n = ScoreRange(0, _articles.Length / 2);
        _done.Wait();
        return n;
    }

    private int ScoreRange(int from, int to)
    {
        int laws = 0;
        for (int i = from; i < to; i++)
        {
            laws += _scorer.Score(_articles[i]).Laws.Count;
        }

        return laws;
    }
}

/// <summary>
/// Twenty articles scored one by one against the same twenty as one document (paragraphs apart): a scorer whose cost
/// grows only with the text costs the same either way, and the Ratio column shows any part that grows faster (links
/// between figures, sources and claims made by pairs rather than through indexes).
/// </summary>
[MemoryDiagnoser]
public class DocumentOfManyBenchmarks
{
    private readonly EpistemicScorer _scorer = EpistemicScorer.CreateDefault();
    private string[] _articles = [];
    private string _document = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _articles = Texts.Articles(20);
        _document = string.Join("\n\n", _articles);
    }

    [Benchmark(Baseline = true, Description = "20 articles, one by one")]
    public int OneByOne()
    {
        int sentences = 0;
        foreach (string article in _articles)
        {
            sentences += _scorer.Score(article).Sentences.Count;
        }

        return sentences;
    }

    [Benchmark(Description = "20 articles as one document")]
    public int OneDocument() => _scorer.Score(_document).Sentences.Count;
}

/// <summary>The benchmark texts, cut from or repeated out of the sample articles.</summary>
internal static class Texts
{
    public static string OfSize(string size)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "samples");
        string[] articles = [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        return size switch
        {
            "sentence" => FirstSentence(articles[^1]),
            "paragraph" => FirstParagraph(articles[^1]),
            "article-1000-words" => Words(articles, 1_000),
            "report-20000-words" => Words(articles, 20_000),
            _ => throw new ArgumentOutOfRangeException(nameof(size), size, "unknown size"),
        };
    }

    /// <summary>
    /// <paramref name="count"/> distinct articles: the sample articles in turn, each with a closing sentence of its own
    /// (the desk's item number), so no two are alike.
    /// </summary>
    public static string[] Articles(int count)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "samples");
        string[] samples = [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(static f => File.ReadAllText(f).Trim())];
        var articles = new string[count];
        for (int i = 0; i < count; i++)
        {
            articles[i] = $"{samples[i % samples.Length]}\n\nThe desk logged this as item {i + 1} of {count}.";
        }

        return articles;
    }

    private static string FirstParagraph(string article)
    {
        foreach (string p in article.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (p.Split(' ').Length >= 40)
            {
                return p;
            }
        }

        return article;
    }

    private static string FirstSentence(string article)
    {
        string p = FirstParagraph(article);
        int end = p.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? p[..(end + 1)] : p;
    }

    /// <summary>Whole articles, one after another (paragraphs apart), until <paramref name="words"/> words.</summary>
    private static string Words(string[] articles, int words)
    {
        var sb = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i++)
        {
            foreach (string p in articles[i % articles.Length].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (count >= words)
                {
                    break;
                }

                sb.Append(p).Append("\n\n");
                count += p.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }

        return sb.ToString().TrimEnd();
    }
}
