global using RoutingRules.Domain.Model;
global using RoutingRules.Domain.Policy;
global using RoutingRules.Domain.Routing;
global using RoutingRules.Domain.Routing.Escalation;
global using RoutingRules.Domain.Routing.Facts;
global using RoutingRules.Domain.Routing.Logic;
global using RoutingRules.Engine;
global using RoutingRules.Domain.Snapshot;
