using System.Buffers;
using System.Globalization;
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

    /// <summary>
    /// Records are handed between reader, workers and writer in chunks of at most this many records (or
    /// <see cref="ChunkBytes"/> of input), so the threads meet once per chunk rather than once per record.
    /// </summary>
    public int ChunkRecords { get; init; } = 16;

    /// <summary>A chunk ends early once its records hold this much input.</summary>
    public int ChunkBytes { get; init; } = 1 << 20;

    /// <summary>Chunks read but not yet written, at most; bounds memory whatever the input size.</summary>
    public int MaxChunksInFlight { get; init; } = Environment.ProcessorCount * 3;

    /// <summary>An optional classifier whose probability each report line carries (<c>--model</c>).</summary>
    public EpistemicScoring.ML.DocumentClassifier? Classifier { get; init; }

    /// <summary>This run's shard, 0-based, of <see cref="ShardCount"/>: record k is this run's when k mod n = i.</summary>
    public int ShardIndex { get; init; }

    /// <summary>The number of shards; 1 for the whole input.</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>Records of this shard already in the output (<c>--resume</c>): read past, not scored again.</summary>
    public long Skip { get; init; }

    /// <summary>With <see cref="Skip"/>: the id of the last record already written, checked against the input.</summary>
    public string? SkipLastId { get; init; }

    /// <summary>
    /// The longest one record may take (<c>--record-timeout</c>), or null for no limit. The scorer checks it between
    /// its stages and rules; a record over it becomes a <c>timeout</c> error line and the run goes on.
    /// </summary>
    public TimeSpan? RecordTimeout { get; init; }
}

/// <summary>Counts of a finished batch run.</summary>
/// <param name="Records">Records read and written in this run.</param>
/// <param name="Failed">Records written as error lines in this run.</param>
internal readonly record struct BatchResult(long Records, long Failed);

/// <summary>Counters the progress display reads while the run goes on.</summary>
internal sealed class BatchCounters
{
    private long _written;
    private long _failed;

    public long Written => Volatile.Read(ref _written);

    public long Failed => Volatile.Read(ref _failed);

    public void Add(bool failed)
    {
        Interlocked.Increment(ref _written);
        if (failed)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}

/// <summary>
/// Scores records as a stream: one reader thread, scoring workers, and one writer that puts the results back in
/// input order. Records travel in chunks (<see cref="BatchSettings.ChunkRecords"/>), so the threads hand work over
/// once per chunk: handing over every record made the waiting threads spin for about as much CPU as a second
/// scorer. A semaphore of <see cref="BatchSettings.MaxChunksInFlight"/> slots bounds the chunks between reading and
/// writing, so memory is bounded by the work in flight, not by the input. A record that fails becomes an error line
/// in its place; no other record is lost. The writer hands its output to the operating system whenever it has
/// caught up with the workers, so a kill loses at most the records in flight.
/// </summary>
internal sealed class BatchPipeline(EpistemicScorer scorer, BatchSettings settings)
{
    private static readonly UTF8Encoding Lenient = new(false, false);

    public async Task<BatchResult> RunAsync(IBatchSource source, IBatchSink sink, BatchCounters? counters = null, CancellationToken cancellationToken = default)
    {
        counters ??= new BatchCounters();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellationToken = stop.Token;
        using var slots = new SemaphoreSlim(Math.Max(1, settings.MaxChunksInFlight));
        var work = Channel.CreateUnbounded<(long Sequence, List<BatchRecord> Records)>(new UnboundedChannelOptions { SingleWriter = true });
        var done = Channel.CreateUnbounded<(long Sequence, BatchOutcome[] Outcomes)>(new UnboundedChannelOptions { SingleReader = true });
        int shards = Math.Max(1, settings.ShardCount);
        int shard = settings.ShardIndex;

        Task reader = Task.Factory.StartNew(
            () =>
            {
                Exception? failure = null;
                try
                {
                    long kept = 0;
                    long sequence = 0;
                    var chunk = new List<BatchRecord>(settings.ChunkRecords);
                    long chunkBytes = 0;
                    foreach (BatchRecord record in source.Read(k => k % shards == shard, cancellationToken))
                    {
                        if (kept < settings.Skip)
                        {
                            kept++;
                            if (kept == settings.Skip)
                            {
                                CheckResumePoint(record);
                            }

                            continue;
                        }

                        kept++;
                        chunk.Add(record);
                        chunkBytes += (record.Json?.Length ?? 0) + (2L * (record.Text?.Length ?? 0));
                        if (chunk.Count >= settings.ChunkRecords || chunkBytes >= settings.ChunkBytes)
                        {
                            slots.Wait(cancellationToken);
                            work.Writer.TryWrite((sequence++, chunk));
                            chunk = new List<BatchRecord>(settings.ChunkRecords);
                            chunkBytes = 0;
                        }
                    }

                    if (chunk.Count > 0)
                    {
                        slots.Wait(cancellationToken);
                        work.Writer.TryWrite((sequence, chunk));
                    }

                    if (kept < settings.Skip)
                    {
                        throw new CliException($"the output already holds {settings.Skip:N0} records but the input has only {kept:N0} for this shard; it is not this input's output.");
                    }
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
                finally
                {
                    work.Writer.Complete(failure);
                }
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        Task[] workers = new Task[Math.Max(1, settings.Workers)];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Factory.StartNew(
                async () =>
                {
                    await foreach ((long sequence, List<BatchRecord> records) in work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var outcomes = new BatchOutcome[records.Count];
                        for (int i = 0; i < outcomes.Length; i++)
                        {
                            outcomes[i] = Process(i, records[i], sink, cancellationToken);
                        }

                        done.Writer.TryWrite((sequence, outcomes));
                    }
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap();
        }

        Task completion = Task.WhenAll(workers).ContinueWith(
            t => done.Writer.Complete(t.Exception?.InnerException),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        long written = 0;
        long failed = 0;
        var pending = new Dictionary<long, BatchOutcome[]>();
        long next = 0;
        try
        {
            while (await done.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (done.Reader.TryRead(out (long Sequence, BatchOutcome[] Outcomes) result))
                {
                    pending[result.Sequence] = result.Outcomes;
                    while (pending.Remove(next, out BatchOutcome[]? ready))
                    {
                        foreach (BatchOutcome outcome in ready)
                        {
                            await sink.WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
                            written++;
                            failed += outcome.Failed ? 1 : 0;
                            counters.Add(outcome.Failed);
                        }

                        next++;
                        slots.Release();
                    }
                }

                await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ChannelClosedException ex) when (ex.InnerException is not null)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
        catch
        {
            // The reader may be waiting for a slot the writer will never free: stop it and the workers.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }

        await reader.ConfigureAwait(false);
        await completion.ConfigureAwait(false);
        await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return new BatchResult(written, failed);
    }

    private void CheckResumePoint(BatchRecord record)
    {
        string? id = record.Kind == RecordKind.Json ? ReadId(record.Json!) : record.Id;
        if (!string.Equals(id ?? string.Empty, settings.SkipLastId ?? string.Empty, StringComparison.Ordinal))
        {
            throw new CliException($"the output's last record has id {Show(settings.SkipLastId)} but input record {settings.Skip:N0} of this shard has id {Show(id)}; the output is not from this input (or from other --shard or field settings).");
        }
    }

    private static string Show(string? id) => id is null ? "null" : $"'{id}'";

    /// <summary>The id of a JSONL line as the error line would carry it, or null where the line gives none.</summary>
    private string? ReadId(byte[] json)
    {
        try
        {
            byte[] bytes = System.Text.Unicode.Utf8.IsValid(json) ? json : Encoding.UTF8.GetBytes(Lenient.GetString(json));
            using JsonDocument doc = JsonDocument.Parse(bytes);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(settings.IdField, out JsonElement id) ? IdText(id) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Null => null,
        _ => id.GetRawText(),
    };

    private BatchOutcome Process(long sequence, BatchRecord record, IBatchSink sink, CancellationToken cancellationToken)
    {
        string? id = record.Id;
        try
        {
            string text;
            switch (record.Kind)
            {
                case RecordKind.Error:
                    return Error(sequence, record, id, record.Error!, sink);
                case RecordKind.Json:
                    if (!System.Text.Unicode.Utf8.IsValid(record.Json))
                    {
                        return Error(sequence, record, ReadId(record.Json!), new RecordError("invalid_utf8", $"Line {record.Line} holds bytes that are not valid UTF-8."), sink);
                    }

                    using (JsonDocument doc = JsonDocument.Parse(record.Json))
                    {
                        JsonElement root = doc.RootElement;
                        if (root.ValueKind != JsonValueKind.Object)
                        {
                            return Error(sequence, record, null, new RecordError("not_an_object", "The line is JSON but not an object."), sink);
                        }

                        if (root.TryGetProperty(settings.IdField, out JsonElement idElement))
                        {
                            id = IdText(idElement);
                        }

                        if (!root.TryGetProperty(settings.TextField, out JsonElement textElement))
                        {
                            return Error(sequence, record, id, new RecordError("missing_text", $"The record has no \"{settings.TextField}\" field."), sink);
                        }

                        if (textElement.ValueKind != JsonValueKind.String)
                        {
                            return Error(sequence, record, id, new RecordError("text_not_string", $"The \"{settings.TextField}\" field is {textElement.ValueKind.ToString().ToLowerInvariant()}, not a string."), sink);
                        }

                        text = textElement.GetString()!;
                    }

                    break;
                case RecordKind.Html:
                    string? body = HtmlText.Extract(record.Text!, record.File ?? id ?? "page");
                    if (body is null)
                    {
                        return Error(sequence, record, id, new RecordError("html_no_body", "The HTML page has no main text to score."), sink);
                    }

                    text = body;
                    break;
                default:
                    text = record.Text!;
                    break;
            }

            EpistemicReport report;
            if (settings.RecordTimeout is { } timeout)
            {
                // The timer stops the scorer between its stages; the clock decides, since on a loaded machine the
                // timer's callback may come late, and a record over its limit is an error however it ended.
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                limit.CancelAfter(timeout);
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                EpistemicReport? scored = null;
                try
                {
                    scored = scorer.Score(new ScoringRequest(text) { Id = id }, limit.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Stopped by the limit: reported below.
                }

                if (scored is null || System.Diagnostics.Stopwatch.GetElapsedTime(started) > timeout)
                {
                    return Error(sequence, record, id, new RecordError("timeout", string.Create(CultureInfo.InvariantCulture, $"Scoring took longer than the {timeout.TotalSeconds:0.###} s a record may take (--record-timeout); it was stopped.")), sink);
                }

                report = scored;
            }
            else
            {
                report = scorer.Score(new ScoringRequest(text) { Id = id }, cancellationToken);
            }

            byte[]? json = null;
            if (sink.WantsJson)
            {
                json = settings.Classifier is { } classifier
                    ? Encoding.UTF8.GetBytes(Commands.ModelFiles.WithClassifier(report, classifier, classifier.Predict(report)))
                    : Utf8Report(report);
            }

            return new BatchOutcome(sequence, id, Failed: false, json, sink.WantsRow ? SummaryRow.From(report, record.Line, record.File) : null);
        }
        catch (JsonException ex)
        {
            return Error(sequence, record, null, new RecordError("invalid_json", $"The line is not valid JSON: {ex.Message}"), sink);
        }
        catch (TextTooLongException ex)
        {
            return Error(sequence, record, id, new RecordError("text_too_long", ex.Message), sink);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
        {
            return Error(sequence, record, id, new RecordError("timeout", $"A pattern match took longer than its limit of {ex.MatchTimeout.TotalSeconds:0.###} s; the record was stopped."), sink);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return Error(sequence, record, id, new RecordError("scoring_failed", $"{ex.GetType().Name}: {ex.Message}"), sink);
        }
    }

    private static BatchOutcome Error(long sequence, BatchRecord record, string? id, RecordError error, IBatchSink sink) =>
        new(sequence, id, Failed: true, sink.WantsJson ? ErrorJson(record, id, error) : null, sink.WantsRow ? SummaryRow.Failure(id, record.Line, record.File, error) : null);

    /// <summary>The contract's error line: <c>{"id": ..., "line": N, "error": {"code", "message"}}</c>; a file of a folder adds <c>"file"</c> (and its line is null).</summary>
    internal static byte[] ErrorJson(BatchRecord record, string? id, RecordError error)
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

            if (record.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }

            if (record.File is { } file)
            {
                writer.WriteString("file", file);
            }

            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// The report line as UTF-8, written straight to bytes through a buffer each worker thread reuses: the same JSON
    /// as <see cref="ReportJson.Serialize"/>, without a UTF-16 string in between.
    /// </summary>
    private static byte[] Utf8Report(EpistemicReport report)
    {
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        ReportJson.Write(writer, report);
        writer.Flush();
        byte[] line = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1 << 22)
        {
            t_buffer = null;
            t_writer = null;
        }

        return line;
    }
}
