using System.CommandLine;
using EpistemicScoring.Server;

namespace EpistemicScoring.Cli.Commands;

/// <summary>
/// <c>epistemic serve [--port N]</c>: the editorial service on 127.0.0.1 (the page, <c>POST /score</c>,
/// <c>GET /health</c>) until Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(ConsoleIO io)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port on 127.0.0.1 (0 picks a free one; the address is printed). Default {EditorialServiceOptions.DefaultPort}.",
            DefaultValueFactory = static _ => EditorialServiceOptions.DefaultPort,
        };
        var maxRequest = new Option<long>("--max-request-bytes")
        {
            Description = "The largest request body POST /score accepts; larger ones get 413.",
            DefaultValueFactory = static _ => EditorialServiceOptions.DefaultMaxRequestBytes,
            HelpName = "BYTES",
        };
        var common = new CommonOptions();
        var command = new Command("serve", "Serves the editorial page and POST /score on 127.0.0.1, until Ctrl+C.") { port, maxRequest };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            int p = parse.GetValue(port);
            if (p is < 0 or > 65535)
            {
                throw new CliException($"--port must be between 0 and 65535 (got {p}).");
            }

            long limit = parse.GetValue(maxRequest);
            if (limit <= 0)
            {
                throw new CliException("--max-request-bytes must be a positive number of bytes.");
            }

            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            return Run(scorer, new EditorialServiceOptions { Port = p, MaxRequestBytes = limit }, io).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> Run(EpistemicScorer scorer, EditorialServiceOptions options, ConsoleIO io)
    {
        await using EditorialServer server = EditorialServer.Create(scorer, options);
        try
        {
            await server.StartAsync().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliException($"cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
        }

        io.Out.WriteLine($"Listening on {server.Address} (the page; POST /score, GET /health). Ctrl+C stops.");
        io.Out.Flush();
        await server.WaitForShutdownAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
