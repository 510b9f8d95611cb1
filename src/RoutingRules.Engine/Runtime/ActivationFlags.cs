namespace RoutingRules.Engine.Runtime;

/// <summary>An activation's state within the session and within the current operation.</summary>
[Flags]
internal enum ActivationFlags
{
    None = 0,
    New = 1,
    Stashed = 2,
    Modified = 4,
    Touched = 8,
    Fired = 16,
    Deleted = 32,
}
