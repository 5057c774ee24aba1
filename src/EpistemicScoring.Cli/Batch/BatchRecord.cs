namespace EpistemicScoring.Cli.Batch;

/// <summary>What a source hands the scoring workers for one input record.</summary>
internal enum RecordKind
{
    /// <summary>A JSONL line, still bytes: parsed (and its UTF-8 checked) by a worker, not by the reader.</summary>
    Json,

    /// <summary>A text ready to score.</summary>
    Text,

    /// <summary>An HTML page whose main text a worker extracts before scoring.</summary>
    Html,

    /// <summary>A record the reader already found unusable (over-long line, invalid UTF-8, too large a file).</summary>
    Error,
}

/// <summary>The code and message of a failed record, as written in its error line.</summary>
/// <param name="Code">A stable code such as <c>invalid_json</c>.</param>
/// <param name="Message">What went wrong, in words.</param>
internal sealed record RecordError(string Code, string Message);

/// <summary>One input record, as read: where it came from and what is to be scored.</summary>
internal sealed class BatchRecord
{
    public required RecordKind Kind { get; init; }

    /// <summary>The line (JSONL), record row (CSV) or row (Parquet) number, 1-based; null for a file of a folder.</summary>
    public long? Line { get; init; }

    /// <summary>The file's path relative to the input folder, or null.</summary>
    public string? File { get; init; }

    /// <summary>The record's id where the reader knows it (CSV, Parquet, folder); JSONL ids are read by a worker.</summary>
    public string? Id { get; init; }

    /// <summary>The raw JSONL line.</summary>
    public byte[]? Json { get; init; }

    /// <summary>The text (<see cref="RecordKind.Text"/>) or HTML (<see cref="RecordKind.Html"/>).</summary>
    public string? Text { get; init; }

    /// <summary>The failure (<see cref="RecordKind.Error"/>).</summary>
    public RecordError? Error { get; init; }
}

/// <summary>A stream of records read from one input, with how far the reading has come.</summary>
internal interface IBatchSource : IDisposable
{
    /// <summary>A short name of the input kind, for messages.</summary>
    string Kind { get; }

    /// <summary>The amount of input there is (bytes or files), when known; for progress only.</summary>
    long? Total { get; }

    /// <summary>The amount of input read so far, in the unit of <see cref="Total"/>.</summary>
    long Done { get; }

    /// <summary>
    /// The records in input order. <paramref name="keep"/> says, by record index (0-based, every record counted),
    /// whether a record is wanted; records not wanted are skipped as cheaply as the format allows.
    /// </summary>
    IEnumerable<BatchRecord> Read(Func<long, bool> keep, CancellationToken cancellationToken);
}
