using System.CommandLine;
using System.Text;
using EpistemicScoring.Cli.Batch;

namespace EpistemicScoring.Cli.Commands;

/// <summary><c>epistemic batch --input IN --output OUT [--model MODEL.zip]</c>: JSONL in, one report line per record, in input order.</summary>
internal static class BatchCommand
{
    public static Command Create(ConsoleIO io)
    {
        var input = new Option<string>("--input", "-i") { Description = "JSONL records with an id and a text field ('-' for standard input).", Required = true, HelpName = "IN" };
        var output = new Option<string>("--output", "-o") { Description = "JSONL reports, one per record in input order ('-' for standard output).", Required = true, HelpName = "OUT" };
        var idField = new Option<string>("--id-field") { Description = "Name of the id field.", DefaultValueFactory = static _ => "id" };
        var textField = new Option<string>("--text-field") { Description = "Name of the text field.", DefaultValueFactory = static _ => "text" };
        var workers = new Option<int>("--workers") { Description = "Scoring threads.", DefaultValueFactory = static _ => Environment.ProcessorCount };
        var model = new Option<string?>("--model") { Description = "A classifier model file (from 'epistemic train'): each report line also carries its probability in a 'classifier' property.", HelpName = "MODEL.zip" };
        var common = new CommonOptions();
        var command = new Command("batch", "Scores many documents from JSONL, keeping input order.") { input, output, idField, textField, workers, model };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            string? modelPath = parse.GetValue(model);
            EpistemicScoring.ML.DocumentClassifier? classifier = modelPath is null ? null : ModelFiles.Load(modelPath, scorer);
            string inPath = parse.GetValue(input)!;
            string outPath = parse.GetValue(output)!;
            if (inPath != "-" && Directory.Exists(inPath))
            {
                throw new CliException($"{inPath}: is a directory, not a JSONL file.");
            }

            if (inPath != "-" && !File.Exists(inPath))
            {
                throw new CliException($"{inPath}: the input file does not exist.");
            }

            if (inPath != "-" && outPath != "-" && string.Equals(Path.GetFullPath(inPath), Path.GetFullPath(outPath), StringComparison.Ordinal))
            {
                throw new CliException($"{outPath}: the output would overwrite the input; choose another output file.");
            }

            int threads = parse.GetValue(workers);
            if (threads <= 0)
            {
                throw new CliException("--workers must be a positive number.");
            }

            var settings = new BatchSettings
            {
                IdField = parse.GetValue(idField)!,
                TextField = parse.GetValue(textField)!,
                Workers = threads,
                MaxInFlight = threads * 8,
                Classifier = classifier,
            };
            using StreamReader owned = InputFiles.OpenLines(inPath, io.In, out TextReader reader);
            TextWriter writer;
            StreamWriter? file = null;
            try
            {
                if (outPath == "-")
                {
                    writer = io.Out;
                }
                else
                {
                    string? dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
                    if (dir is not null)
                    {
                        Directory.CreateDirectory(dir);
                    }

                    file = new StreamWriter(outPath, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
                    writer = file;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{outPath}: cannot write the output file ({ex.Message}).");
            }

            BatchResult result;
            try
            {
                result = new BatchPipeline(scorer, settings).RunAsync(reader, writer).GetAwaiter().GetResult();
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new CliException($"{inPath}: the file is not valid UTF-8.");
            }
            finally
            {
                file?.Dispose();
            }

            io.Error.WriteLine($"{result.Records} records, {result.Records - result.Failed} scored, {result.Failed} failed.");
            return result.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }
}
