// The editorial service hosted by an application of its own: the page, POST /score and GET /health from
// EpistemicScoring.Server, mapped into an ordinary ASP.NET Core app whose scorer is configured from
// appsettings.json (section "EpistemicScoring", bound strictly: an unknown key stops the start) and checks figures
// against the fact pack named there. `epistemic serve` runs the same endpoints without a project.
//
//   dotnet run --project samples/EditorialService            (then open http://127.0.0.1:5090)
//   dotnet run --project samples/EditorialService -- --urls http://127.0.0.1:0
using EpistemicScoring;
using EpistemicScoring.Analysis;
using EpistemicScoring.Server;

// appsettings.json is read from beside the program, wherever it is started from.
WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
IConfigurationSection service = builder.Configuration.GetSection("EditorialService");
long maxRequestBytes = service.GetValue("MaxRequestBytes", EditorialServiceOptions.DefaultMaxRequestBytes);
string? factPack = service["FactPack"];

builder.Services.AddEpistemicScoring(builder.Configuration.GetSection("EpistemicScoring"), options =>
{
    if (!string.IsNullOrEmpty(factPack))
    {
        foreach (ReferenceFact fact in FactPack.Load(Path.Combine(AppContext.BaseDirectory, factPack)))
        {
            options.Facts.Add(fact);
        }
    }
});
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = maxRequestBytes;
});

WebApplication app = builder.Build();
app.MapEditorialService(maxRequestBytes);
app.Run();
