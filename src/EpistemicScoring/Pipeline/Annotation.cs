namespace EpistemicScoring.Pipeline;

/// <summary>
/// What a stage of the analysis adds to a <see cref="Analysis.DocumentAnalysis"/>. Each annotation is provided by
/// exactly one stage of a pipeline and may be required by later ones (compare spaCy's <c>assigns</c>/<c>requires</c>
/// and CoreNLP's annotator requirements).
/// </summary>
internal enum Annotation
{
    /// <summary>Tokens with kind and shape (<see cref="Text.TextDocument"/>).</summary>
    Tokens,

    /// <summary>Sentence and paragraph boundaries.</summary>
    Sentences,

    /// <summary>Direct quotations.</summary>
    Quotations,

    /// <summary>Sentences that are the page around the prose: credits, captions, interface labels, embedded posts, stamps.</summary>
    Layout,

    /// <summary>The language the text reads as, and the warnings about its characters (the input policy).</summary>
    Language,

    /// <summary>Attributions with their sources, cues and contents.</summary>
    Sources,

    /// <summary>Numeric mentions with normalised values.</summary>
    Numbers,

    /// <summary>Cross-checks of the figures against each other and against reference facts.</summary>
    NumericChecks,

    /// <summary>Uncertainty and certainty cues, and which sentences are uncertain.</summary>
    Hedges,

    /// <summary>Discourse cues: conclusions, predictions, comparisons, background, contrast, time words.</summary>
    Cues,

    /// <summary>The claim type of each sentence (<see cref="Reports.SentenceInfo"/>).</summary>
    Claims,

    /// <summary>Each conclusion or prediction linked to its stated support.</summary>
    Links,

    /// <summary>The profile (genre) detected from the text.</summary>
    Profile,
}
