using System.Reflection;
using System.Text.Json;
using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EpistemicScoring.Server;

/// <summary>
/// The endpoints of the editorial service, for any ASP.NET Core host: <c>GET /</c> (the page and its script and
/// style), <c>POST /score</c> and <c>GET /health</c>. The scorer is the <see cref="EpistemicScorer"/> registered in
/// the container (<c>services.AddEpistemicScoring()</c>).
/// </summary>
public static class EditorialEndpoints
{
    // The page may load only its own script and style and talk only to this origin; user text never becomes markup
    // (the script builds DOM nodes with textContent), and this policy is the second line should that ever slip.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly JsonSerializerOptions s_errorJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ServerJsonContext.Default,
    };

    private static readonly Dictionary<string, (string Resource, string ContentType)> s_assets = new(StringComparer.Ordinal)
    {
        ["/"] = ("index.html", "text/html; charset=utf-8"),
        ["/app.js"] = ("app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = ("app.css", "text/css; charset=utf-8"),
        ["/favicon.svg"] = ("favicon.svg", "image/svg+xml"),
        ["/favicon.ico"] = ("favicon.svg", "image/svg+xml"),
    };

    /// <summary>Maps the page, <c>POST /score</c> and <c>GET /health</c>.</summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="maxRequestBytes">The largest body <c>POST /score</c> reads; larger ones get 413.</param>
    /// <returns>The same endpoints.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRequestBytes"/> is not positive.</exception>
    public static IEndpointRouteBuilder MapEditorialService(this IEndpointRouteBuilder endpoints, long maxRequestBytes = EditorialServiceOptions.DefaultMaxRequestBytes)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRequestBytes);
        foreach ((string path, (string resource, string contentType)) in s_assets)
        {
            byte[] body = ReadAsset(resource);
            endpoints.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(body, contentType);
            });
        }

        endpoints.MapGet("/health", () => Results.Text("{\"status\":\"ok\"}", "application/json"));
        endpoints.MapPost("/score", (HttpContext context, EpistemicScorer scorer) => ScoreAsync(context, scorer, maxRequestBytes));
        return endpoints;
    }

    private static async Task<IResult> ScoreAsync(HttpContext context, EpistemicScorer scorer, long maxRequestBytes)
    {
        if (context.Request.ContentLength > maxRequestBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "request_too_large", $"The request is larger than the limit of {maxRequestBytes} bytes.");
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request.Body, maxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit (EditorialServer sets Kestrel's to the same number) tripped first.
            body = null;
        }

        if (body is null)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "request_too_large", $"The request is larger than the limit of {maxRequestBytes} bytes.");
        }

        ScoreRequestBody.Result parsed = ScoreRequestBody.Parse(body);
        if (parsed.Error is { } error)
        {
            return Error(StatusCodes.Status400BadRequest, error.Code, error.Message);
        }

        EpistemicReport report;
        try
        {
            report = await Task.Run(() => scorer.Score(parsed.Request!, context.RequestAborted), context.RequestAborted).ConfigureAwait(false);
        }
        catch (TextTooLongException ex)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "text_too_long", ex.Message);
        }

        return Results.Text(ReportJson.Serialize(report), "application/json; charset=utf-8");
    }

    /// <summary>Reads the body, or returns null as soon as it passes the limit (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), s_errorJson, contentType: "application/json; charset=utf-8", statusCode: status);

    private static byte[] ReadAsset(string name)
    {
        using Stream stream = typeof(EditorialEndpoints).Assembly.GetManifestResourceStream("EpistemicScoring.Server.Page." + name)
            ?? throw new InvalidOperationException($"The page asset '{name}' is not embedded in {typeof(EditorialEndpoints).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
