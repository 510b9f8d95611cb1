using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace RoutingRules.Grpc;

/// <summary>Files and symbols reachable from the mapped services, for server reflection.</summary>
internal sealed class DescriptorIndex
{
    private readonly Dictionary<string, FileDescriptor> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MessageDescriptor> _messages = new(StringComparer.Ordinal);

    internal DescriptorIndex(IReadOnlyList<GrpcServiceDefinition> services)
    {
        var names = new List<string>();
        foreach (var service in services)
        {
            names.Add(service.Name);
            if (service.File is { } file)
            {
                AddFile(file);
                _symbols.TryAdd(service.Name, file);
            }
        }

        ServiceNames = names;
    }

    internal IReadOnlyList<string> ServiceNames { get; }

    internal FileDescriptor? FindFile(string name) => _files.GetValueOrDefault(name);

    internal FileDescriptor? FindSymbol(string symbol) => _symbols.GetValueOrDefault(symbol.TrimStart('.'));

    internal MessageDescriptor? FindMessage(string name) => _messages.GetValueOrDefault(name.TrimStart('.'));

    /// <summary>The file first, then every file it depends on transitively, each once.</summary>
    internal static List<ByteString> WithDependencies(FileDescriptor file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ByteString>();
        var pending = new Stack<FileDescriptor>();
        pending.Push(file);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current.Name))
            {
                continue;
            }

            result.Add(current.SerializedData);
            for (var i = current.Dependencies.Count - 1; i >= 0; i--)
            {
                pending.Push(current.Dependencies[i]);
            }
        }

        return result;
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_files.TryAdd(file.Name, file))
        {
            return;
        }

        foreach (var service in file.Services)
        {
            _symbols.TryAdd(service.FullName, file);
            foreach (var method in service.Methods)
            {
                _symbols.TryAdd(method.FullName, file);
            }
        }

        foreach (var message in file.MessageTypes)
        {
            AddMessage(file, message);
        }

        foreach (var enumType in file.EnumTypes)
        {
            _symbols.TryAdd(enumType.FullName, file);
        }

        foreach (var dependency in file.Dependencies)
        {
            AddFile(dependency);
        }
    }

    private void AddMessage(FileDescriptor file, MessageDescriptor message)
    {
        _symbols.TryAdd(message.FullName, file);
        _messages.TryAdd(message.FullName, message);
        foreach (var nested in message.NestedTypes)
        {
            AddMessage(file, nested);
        }

        foreach (var enumType in message.EnumTypes)
        {
            _symbols.TryAdd(enumType.FullName, file);
        }
    }
}
