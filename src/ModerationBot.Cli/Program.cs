using System.CommandLine;
using ModerationBot.Cli.Packaging;

var root = new RootCommand("ModerationBot command-line tools.");
root.Subcommands.Add(PackageCommand.Create());
return await root.Parse(args).InvokeAsync();
