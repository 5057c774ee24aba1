// The README's optional classifier, line for line: scores labelled articles, cross-validates a classifier over
// their reports, trains it on all of them, saves the model and reads it back to give a probability for draft.txt.
//   cd samples/Classifier && dotnet run
// labelled.tsv holds 48 made-up articles ("real" or "fake", a tab, the text), written from sentence templates for
// this sample: the "real" ones mostly name their sources with their roles and give dates and figures, the "fake"
// ones mostly lean on unnamed officials, hearsay and sweeping claims, and each mixes in sentences of the other kind.
using EpistemicScoring;
using EpistemicScoring.ML;

EpistemicScorer scorer = EpistemicScorer.CreateDefault();
LabelledText[] examples = [.. File.ReadLines("labelled.tsv").Select(l => l.Split('\t')).Select(f => new LabelledText(f[1], f[0] == "real"))];
string text = File.ReadAllText("draft.txt");
var trainer = new DocumentClassifierTrainer(scorer, new DocumentClassifierOptions { PositiveLabel = "real" });
IReadOnlyList<LabelledReport> reports = trainer.Score(examples);  // examples: LabelledText(text, label)
CrossValidationResult cv = trainer.CrossValidate(reports);        // out-of-fold probabilities and cv.RocAuc
trainer.Train(reports).Save("model.zip");
double p = DocumentClassifier.Load("model.zip", scorer).Predict(scorer.Score(text));

Console.WriteLine(FormattableString.Invariant($"{reports.Count} labelled articles, {reports.Count(static r => r.Label)} real; cross-validated ROC AUC {cv.RocAuc:0.000}"));
Console.WriteLine(FormattableString.Invariant($"model.zip written; P(real) for draft.txt: {p:0.000}"));
