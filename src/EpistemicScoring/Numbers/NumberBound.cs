namespace EpistemicScoring.Numbers;

/// <summary>How an approximator qualifies a figure.</summary>
internal enum NumberBound : byte
{
    /// <summary>Stated exactly.</summary>
    None,

    /// <summary>Softened: about, roughly, some.</summary>
    About,

    /// <summary>A lower bound: more than, at least, over.</summary>
    Lower,

    /// <summary>An upper bound: less than, up to, as much as.</summary>
    Upper,

    /// <summary>Slightly above: just over.</summary>
    JustOver,

    /// <summary>Slightly below: nearly, almost, just under.</summary>
    Nearly,
}
