using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EpistemicScoring.Server;

/// <summary>
/// The editorial service as a self-contained web server on 127.0.0.1 (never on other interfaces): what
/// <c>epistemic serve</c> runs. To host the endpoints in an application of your own, use
/// <see cref="EditorialEndpoints.MapEditorialService"/>.
/// </summary>
public sealed class EditorialServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EditorialServer(WebApplication app) => _app = app;

    /// <summary>The address it listens on, such as <c>http://127.0.0.1:5080</c>; known once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Creates the server for a scorer; call <see cref="StartAsync"/>, then <see cref="WaitForShutdownAsync"/> or <see cref="StopAsync"/>.</summary>
    /// <param name="scorer">The scorer every request uses (it is thread-safe).</param>
    /// <param name="options">Port and request limit; null for the defaults.</param>
    /// <returns>The server, not yet listening.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The port is outside 0 to 65535 or the request limit not positive.</exception>
    public static EditorialServer Create(EpistemicScorer scorer, EditorialServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        options ??= new EditorialServiceOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestBytes);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(EditorialServer).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddSingleton(scorer);
        WebApplication app = builder.Build();
        app.MapEditorialService(options.MaxRequestBytes);
        return new EditorialServer(app);
    }

    /// <summary>Starts listening.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes once the server listens.</returns>
    /// <exception cref="IOException">The port is in use.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
    }

    /// <summary>Stops listening, letting requests in progress finish.</summary>
    /// <param name="cancellationToken">Ends the graceful wait.</param>
    /// <returns>A task that completes once stopped.</returns>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>Waits until the host is asked to stop (Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>).</summary>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>A task that completes once stopped.</returns>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
