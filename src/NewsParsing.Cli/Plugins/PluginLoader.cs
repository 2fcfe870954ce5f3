using System.Reflection;
using System.Runtime.Loader;

namespace NewsParsing.Cli.Plugins;

/// <summary>
/// Loads the parsers of a plugin assembly named on the command line: every public, non-abstract
/// <see cref="IArticleParser"/> with a public parameterless constructor, in full-name order.
/// Each plugin gets its own load context (its dependencies resolve from its folder and its
/// deps.json) but shares the NewsParsing assembly with the tool, so its parsers are the tool's
/// <see cref="IArticleParser"/>.
/// </summary>
public static class PluginLoader
{
    /// <summary>Loads the parsers of one assembly.</summary>
    /// <exception cref="PluginException">The file is missing, not a .NET assembly, or has no parser.</exception>
    public static IReadOnlyList<IArticleParser> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new PluginException($"--plugin {path}: no such file");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(full).LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new PluginException($"--plugin {path}: not a .NET assembly");
        }
        catch (FileLoadException ex)
        {
            throw new PluginException($"--plugin {path}: cannot be loaded ({ex.Message})");
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new PluginException($"--plugin {path}: its types cannot be loaded ({ex.Message}); was it built against this NewsParsing version?");
        }

        var parsers = new List<IArticleParser>();
        foreach (var type in types.Where(t => t.IsClass && !t.IsAbstract && typeof(IArticleParser).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            try
            {
                parsers.Add((IArticleParser)Activator.CreateInstance(type)!);
            }
            catch (TargetInvocationException ex)
            {
                throw new PluginException($"--plugin {path}: the constructor of {type.FullName} failed: {ex.InnerException?.Message}");
            }
        }

        if (parsers.Count == 0)
        {
            throw new PluginException($"--plugin {path}: no public IArticleParser class with a parameterless constructor (built against NewsParsing {typeof(IArticleParser).Assembly.GetName().Version}?)");
        }

        return parsers;
    }

    private sealed class PluginLoadContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path))
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // What the tool ships (NewsParsing above all, or IArticleParser would be a different
            // type; AngleSharp, System.*) comes from the tool; the rest from the plugin's folder.
            try
            {
                return Default.LoadFromAssemblyName(assemblyName);
            }
            catch (FileNotFoundException)
            {
                return _resolver.ResolveAssemblyToPath(assemblyName) is { } p ? LoadFromAssemblyPath(p) : null;
            }
        }
    }
}

/// <summary>A plugin could not be loaded; the message says which and why.</summary>
public sealed class PluginException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PluginException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PluginException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PluginException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
