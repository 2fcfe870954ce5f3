namespace NewsParsing.Cli;

/// <summary>The <c>newsparse</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's console.</summary>
    public static int Main(string[] args) =>
        CliApp.Run(args, Console.In, Console.Out, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
}
