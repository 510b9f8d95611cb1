global using RoutingRules.Engine.Runtime;
