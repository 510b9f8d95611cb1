namespace RoutingRules.Store;

public enum SqliteSynchronous
{
    Normal,
    Full,
}
