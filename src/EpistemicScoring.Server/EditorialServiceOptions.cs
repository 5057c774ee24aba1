namespace EpistemicScoring.Server;

/// <summary>Settings of the editorial service: where it listens and how much it accepts.</summary>
public sealed class EditorialServiceOptions
{
    /// <summary>The default port of <c>epistemic serve</c>.</summary>
    public const int DefaultPort = 5080;

    /// <summary>
    /// The default largest request body, in bytes: 4 MiB, room for a long feature (a 100,000-word text is about
    /// 600 KB of UTF-8) and its fact pack, small enough that a stray upload cannot tie up the process.
    /// </summary>
    public const long DefaultMaxRequestBytes = 4L * 1024 * 1024;

    /// <summary>The port on 127.0.0.1; 0 picks a free one (read it back from <see cref="EditorialServer.Address"/>).</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>The largest request body accepted by <c>POST /score</c>; larger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;
}
