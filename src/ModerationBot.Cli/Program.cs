using System.CommandLine;
using ModerationBot.Cli.Checking;

var root = new RootCommand("ModerationBot command-line tools.");
root.Subcommands.Add(CheckCommand.Create());
return await root.Parse(args).InvokeAsync();
