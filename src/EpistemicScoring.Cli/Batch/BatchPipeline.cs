using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Cli.Batch;

/// <summary>Settings of a batch run.</summary>
internal sealed record BatchSettings
{
    public string IdField { get; init; } = "id";

    public string TextField { get; init; } = "text";

    /// <summary>Scoring workers; default one per core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Records read but not yet written, at most; bounds memory whatever the input size.</summary>
    public int MaxInFlight { get; init; } = Environment.ProcessorCount * 8;

    /// <summary>An optional classifier whose probability each report line carries (<c>--model</c>).</summary>
    public EpistemicScoring.ML.DocumentClassifier? Classifier { get; init; }
}

/// <summary>Counts of a finished batch run.</summary>
/// <param name="Records">Records read.</param>
/// <param name="Failed">Records written as error lines.</param>
internal readonly record struct BatchResult(int Records, int Failed);

/// <summary>
/// Scores JSONL records as a stream: one reader, scoring workers on every core, and one writer that puts the
/// results back in input order. A semaphore of <see cref="BatchSettings.MaxInFlight"/> slots bounds the records
/// between reading and writing, so memory is bounded by the work in flight, not by the input.
/// A record that fails becomes an error line in its place; no other record is lost.
/// </summary>
internal sealed class BatchPipeline(EpistemicScorer scorer, BatchSettings settings)
{
    public async Task<BatchResult> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        using var slots = new SemaphoreSlim(settings.MaxInFlight);
        var work = Channel.CreateBounded<Item>(new BoundedChannelOptions(settings.MaxInFlight) { SingleWriter = true });
        var done = Channel.CreateUnbounded<Result>(new UnboundedChannelOptions { SingleReader = true });
        int records = 0;

        Task reader = Task.Run(
            async () =>
            {
                try
                {
                    int lineNumber = 0;
                    long sequence = 0;
                    string? line;
                    while ((line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
                    {
                        lineNumber++;
                        if (string.IsNullOrWhiteSpace(line))
                        {
                            continue;
                        }

                        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                        await work.Writer.WriteAsync(new Item(sequence++, lineNumber, line), cancellationToken).ConfigureAwait(false);
                    }

                    records = (int)sequence;
                }
                finally
                {
                    work.Writer.Complete();
                }
            },
            cancellationToken);

        Task[] workers = new Task[Math.Max(1, settings.Workers)];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(
                async () =>
                {
                    await foreach (Item item in work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        await done.Writer.WriteAsync(Process(item, cancellationToken), cancellationToken).ConfigureAwait(false);
                    }
                },
                cancellationToken);
        }

        Task completion = Task.WhenAll(workers).ContinueWith(
            t => done.Writer.Complete(t.Exception),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        int failed = 0;
        var pending = new Dictionary<long, Result>();
        long next = 0;
        await foreach (Result result in done.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            pending[result.Sequence] = result;
            while (pending.Remove(next, out Result? ready))
            {
                await output.WriteLineAsync(ready.Json.AsMemory(), cancellationToken).ConfigureAwait(false);
                failed += ready.Failed ? 1 : 0;
                next++;
                slots.Release();
            }
        }

        await reader.ConfigureAwait(false);
        await completion.ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new BatchResult(records, failed);
    }

    private Result Process(Item item, CancellationToken cancellationToken)
    {
        string? id = null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(item.Line);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(item, null, "not_an_object", "The line is JSON but not an object.");
            }

            if (root.TryGetProperty(settings.IdField, out JsonElement idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Null => null,
                    _ => idElement.GetRawText(),
                };
            }

            if (!root.TryGetProperty(settings.TextField, out JsonElement textElement))
            {
                return Error(item, id, "missing_text", $"The record has no \"{settings.TextField}\" field.");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return Error(item, id, "text_not_string", $"The \"{settings.TextField}\" field is {textElement.ValueKind.ToString().ToLowerInvariant()}, not a string.");
            }

            EpistemicReport report = scorer.Score(new ScoringRequest(textElement.GetString()!) { Id = id }, cancellationToken);
            string json = settings.Classifier is { } classifier
                ? Commands.ModelFiles.WithClassifier(report, classifier, classifier.Predict(report))
                : ReportJson.Serialize(report);
            return new Result(item.Sequence, json, Failed: false);
        }
        catch (JsonException ex)
        {
            return Error(item, null, "invalid_json", $"The line is not valid JSON: {ex.Message}");
        }
        catch (TextTooLongException ex)
        {
            return Error(item, id, "text_too_long", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return Error(item, id, "scoring_failed", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static Result Error(Item item, string? id, string code, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (id is null)
            {
                writer.WriteNull("id");
            }
            else
            {
                writer.WriteString("id", id);
            }

            writer.WriteNumber("line", item.LineNumber);
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new Result(item.Sequence, Encoding.UTF8.GetString(buffer.ToArray()), Failed: true);
    }

    private sealed record Item(long Sequence, int LineNumber, string Line);

    private sealed record Result(long Sequence, string Json, bool Failed);
}
