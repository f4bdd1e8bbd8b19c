using System.CommandLine;
using ModerationBot.Cli.Packaging;

var root = new RootCommand("ModerationBot command-line tools")
{
    PackageCommand.Create(),
};
return root.Parse(args).Invoke();
