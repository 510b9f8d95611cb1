namespace RoutingRules.Grpc;

/// <summary>Outcome of looking for one length-prefixed message at the start of a buffer.</summary>
internal enum FrameParseResult
{
    /// <summary>The buffer holds fewer bytes than the prefix announces.</summary>
    Incomplete,

    /// <summary>A whole message is available.</summary>
    Complete,

    /// <summary>The prefix announces a message larger than allowed; known before buffering it.</summary>
    TooLarge,

    /// <summary>The compressed-flag byte is neither 0 nor 1.</summary>
    InvalidFlag,
}
