import { createRequire as __leakgateCreateRequire } from 'node:module'; const require = __leakgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide2 = true) {
        this.hidden = !!hide2;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance2(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance2(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg2, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg2 === "function") {
          argument.default(defaultValue).argParser(parseArg2);
        } else {
          argument.default(parseArg2);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config2, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config2.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg2, defaultValue) {
        return this._optionEx({}, flags, description, parseArg2, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg2, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg2,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName2) {
          const localBin = path.resolve(baseDir, baseName2);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName2))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config2 = errorOptions || {};
        const exitCode = config2.exitCode || 1;
        const code2 = config2.code || "commander.error";
        this._exit(exitCode, code2, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error2 = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error2) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error: error2, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/did-you-mean.ts
function didYouMean(word, candidates) {
  const typed = word.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(typed.length, 4) / 4));
  return best !== void 0 && bestDistance > 0 && bestDistance <= allowed ? best : void 0;
}
function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
    }
  }
  return rows[a.length][b.length];
}
var init_did_you_mean = __esm({
  "src/did-you-mean.ts"() {
    "use strict";
  }
});

// src/errors.ts
function describeFsError(error2, action = "read") {
  const code2 = error2?.code;
  if (code2 === "ENOENT" && action === "write") return "its folder does not exist";
  if (typeof code2 === "string" && FS_PROBLEMS[code2]) return FS_PROBLEMS[code2];
  const message = error2 instanceof Error ? error2.message : String(error2);
  return message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
}
var LeakgateError, FS_PROBLEMS;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    LeakgateError = class extends Error {
      constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = "LeakgateError";
      }
      exitCode;
    };
    FS_PROBLEMS = {
      ENOENT: "no such file or folder",
      EACCES: "permission denied",
      EPERM: "permission denied",
      EISDIR: "it is a folder, not a file",
      ENOTDIR: "a part of the path is a file, not a folder",
      EROFS: "the file system is read-only",
      ENOSPC: "no space left on the device",
      EMFILE: "too many open files",
      ELOOP: "too many symbolic links",
      ENAMETOOLONG: "the name is too long"
    };
  }
});

// src/version.ts
import { readFileSync } from "node:fs";
function readVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8"));
      if (pkg.name === "leakgate" && pkg.version) return pkg.version;
    } catch {
    }
  }
  throw new Error("leakgate's package.json was not found next to its code");
}
var VERSION, TOOL_NAME, TOOL_URL;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = readVersion();
    TOOL_NAME = "leakgate";
    TOOL_URL = "https://www.npmjs.com/package/leakgate";
  }
});

// node_modules/lilconfig/src/index.js
var require_src = __commonJS({
  "node_modules/lilconfig/src/index.js"(exports, module) {
    var path = __require("path");
    var fs = __require("fs");
    var os = __require("os");
    var url = __require("url");
    var fsReadFileAsync = fs.promises.readFile;
    function getDefaultSearchPlaces(name, sync) {
      return [
        "package.json",
        `.${name}rc.json`,
        `.${name}rc.js`,
        `.${name}rc.cjs`,
        ...sync ? [] : [`.${name}rc.mjs`],
        `.config/${name}rc`,
        `.config/${name}rc.json`,
        `.config/${name}rc.js`,
        `.config/${name}rc.cjs`,
        ...sync ? [] : [`.config/${name}rc.mjs`],
        `${name}.config.js`,
        `${name}.config.cjs`,
        ...sync ? [] : [`${name}.config.mjs`]
      ];
    }
    function parentDir(p) {
      return path.dirname(p) || path.sep;
    }
    var jsonLoader = (_, content) => JSON.parse(content.replace(/^\uFEFF/, ""));
    var requireFunc = typeof __webpack_require__ === "function" ? __non_webpack_require__ : __require;
    var defaultLoadersSync = Object.freeze({
      ".js": requireFunc,
      ".json": requireFunc,
      ".cjs": requireFunc,
      noExt: jsonLoader
    });
    module.exports.defaultLoadersSync = defaultLoadersSync;
    var dynamicImport = async (id) => {
      try {
        const fileUrl = url.pathToFileURL(id).href;
        const mod = await import(
          /* webpackIgnore: true */
          fileUrl
        );
        return mod.default;
      } catch (e) {
        try {
          return requireFunc(id);
        } catch (requireE) {
          if (requireE.code === "ERR_REQUIRE_ESM" || requireE instanceof SyntaxError && requireE.toString().includes("Cannot use import statement outside a module")) {
            throw e;
          }
          throw requireE;
        }
      }
    };
    var defaultLoaders = Object.freeze({
      ".js": dynamicImport,
      ".mjs": dynamicImport,
      ".cjs": dynamicImport,
      ".json": jsonLoader,
      noExt: jsonLoader
    });
    module.exports.defaultLoaders = defaultLoaders;
    function getOptions(name, options, sync) {
      const conf = {
        stopDir: os.homedir(),
        searchPlaces: getDefaultSearchPlaces(name, sync),
        ignoreEmptySearchPlaces: true,
        cache: true,
        transform: (x) => x,
        packageProp: [name],
        ...options,
        loaders: {
          ...sync ? defaultLoadersSync : defaultLoaders,
          ...options.loaders
        }
      };
      conf.stopDir = path.resolve(conf.stopDir);
      conf.searchPlaces.forEach((place) => {
        const key = path.extname(place) || "noExt";
        const loader = conf.loaders[key];
        if (!loader) {
          throw new Error(`Missing loader for extension "${place}"`);
        }
        if (typeof loader !== "function") {
          throw new Error(
            `Loader for extension "${place}" is not a function: Received ${typeof loader}.`
          );
        }
      });
      return conf;
    }
    function getPackageProp(props, obj) {
      if (typeof props === "string" && props in obj) return obj[props];
      return (Array.isArray(props) ? props : props.split(".")).reduce(
        (acc, prop) => acc === void 0 ? acc : acc[prop],
        obj
      ) || null;
    }
    function validateFilePath(filepath) {
      if (!filepath) throw new Error("load must pass a non-empty string");
    }
    function validateLoader(loader, ext) {
      if (!loader) throw new Error(`No loader specified for extension "${ext}"`);
      if (typeof loader !== "function") throw new Error("loader is not a function");
    }
    var makeEmplace = (enableCache) => (c, filepath, res) => {
      if (enableCache) c.set(filepath, res);
      return res;
    };
    module.exports.lilconfig = function lilconfig(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform: transform2,
        cache: cache2
      } = getOptions(name, options ?? {}, false);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache2);
      return {
        async search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache2) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path.join(dir, searchPlace);
              try {
                await fs.promises.access(filepath);
              } catch {
                continue;
              }
              const content = String(await fsReadFileAsync(filepath));
              const loaderKey = path.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              if (searchPlace === "package.json") {
                const pkg = await loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = await loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform2(null) : transform2(result)
          );
          if (cache2) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        async load(filepath) {
          validateFilePath(filepath);
          const absPath = path.resolve(process.cwd(), filepath);
          if (cache2 && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(await fsReadFileAsync(absPath));
          if (base === "package.json") {
            const pkg = await loader(absPath, content);
            return emplace(
              loadCache,
              absPath,
              transform2({
                config: getPackageProp(packageProp, pkg),
                filepath: absPath
              })
            );
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform2({
                config: void 0,
                filepath: absPath,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : await loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform2(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache2) loadCache.clear();
        },
        clearSearchCache() {
          if (cache2) searchCache.clear();
        },
        clearCaches() {
          if (cache2) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
    module.exports.lilconfigSync = function lilconfigSync2(name, options) {
      const {
        ignoreEmptySearchPlaces,
        loaders,
        packageProp,
        searchPlaces,
        stopDir,
        transform: transform2,
        cache: cache2
      } = getOptions(name, options ?? {}, true);
      const searchCache = /* @__PURE__ */ new Map();
      const loadCache = /* @__PURE__ */ new Map();
      const emplace = makeEmplace(cache2);
      return {
        search(searchFrom = process.cwd()) {
          const result = {
            config: null,
            filepath: ""
          };
          const visited = /* @__PURE__ */ new Set();
          let dir = path.resolve(searchFrom);
          dirLoop: while (true) {
            if (cache2) {
              const r = searchCache.get(dir);
              if (r !== void 0) {
                for (const p of visited) searchCache.set(p, r);
                return r;
              }
              visited.add(dir);
            }
            for (const searchPlace of searchPlaces) {
              const filepath = path.join(dir, searchPlace);
              try {
                fs.accessSync(filepath);
              } catch {
                continue;
              }
              const loaderKey = path.extname(searchPlace) || "noExt";
              const loader = loaders[loaderKey];
              const content = String(fs.readFileSync(filepath));
              if (searchPlace === "package.json") {
                const pkg = loader(filepath, content);
                const maybeConfig = getPackageProp(packageProp, pkg);
                if (maybeConfig != null) {
                  result.config = maybeConfig;
                  result.filepath = filepath;
                  break dirLoop;
                }
                continue;
              }
              const isEmpty = content.trim() === "";
              if (isEmpty && ignoreEmptySearchPlaces) continue;
              if (isEmpty) {
                result.isEmpty = true;
                result.config = void 0;
              } else {
                validateLoader(loader, loaderKey);
                result.config = loader(filepath, content);
              }
              result.filepath = filepath;
              break dirLoop;
            }
            if (dir === stopDir || dir === parentDir(dir)) break dirLoop;
            dir = parentDir(dir);
          }
          const transformed = (
            // not found
            result.filepath === "" && result.config === null ? transform2(null) : transform2(result)
          );
          if (cache2) {
            for (const p of visited) searchCache.set(p, transformed);
          }
          return transformed;
        },
        load(filepath) {
          validateFilePath(filepath);
          const absPath = path.resolve(process.cwd(), filepath);
          if (cache2 && loadCache.has(absPath)) {
            return loadCache.get(absPath);
          }
          const { base, ext } = path.parse(absPath);
          const loaderKey = ext || "noExt";
          const loader = loaders[loaderKey];
          validateLoader(loader, loaderKey);
          const content = String(fs.readFileSync(absPath));
          if (base === "package.json") {
            const pkg = loader(absPath, content);
            return transform2({
              config: getPackageProp(packageProp, pkg),
              filepath: absPath
            });
          }
          const result = {
            config: null,
            filepath: absPath
          };
          const isEmpty = content.trim() === "";
          if (isEmpty && ignoreEmptySearchPlaces)
            return emplace(
              loadCache,
              absPath,
              transform2({
                filepath: absPath,
                config: void 0,
                isEmpty: true
              })
            );
          result.config = isEmpty ? void 0 : loader(absPath, content);
          return emplace(
            loadCache,
            absPath,
            transform2(isEmpty ? { ...result, isEmpty, config: void 0 } : result)
          );
        },
        clearLoadCache() {
          if (cache2) loadCache.clear();
        },
        clearSearchCache() {
          if (cache2) searchCache.clear();
        },
        clearCaches() {
          if (cache2) {
            loadCache.clear();
            searchCache.clear();
          }
        }
      };
    };
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries2) {
  const numericValues = Object.values(entries2).filter((v) => typeof v === "number");
  const values = Object.entries(entries2).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table2) {
  for (const key in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    $ZodEncodeError = class extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors2 = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors2();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number, boolean;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodEnum, $ZodTransform, $ZodOptional, $ZodDefault, $ZodPipe;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field.values)
              propValues[key].add(v);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          const patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return void 0;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        if (!async)
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then((output2) => {
            payload.value = output2;
            return payload;
          });
        }
        if (_out instanceof Promise) {
          throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          return def.innerType._zod.run(payload, ctx);
        }
        if (payload.value === void 0) {
          payload.value = def.defaultValue;
          return payload;
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
          return result.then((result2) => handleDefaultResult(result2, def));
        }
        return handleDefaultResult(result, def);
      };
    });
    $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) {
            return right.then((right2) => handlePipeResult(right2, def.in, ctx));
          }
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
          return left.then((left2) => handlePipeResult(left2, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
      const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
          return String(input);
        }
        return TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            const expected = getTypeName(issue2.expected);
            const receivedType = parsedType(issue2.input);
            const received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            if (issue2.values.length === 1)
              return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
            return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
            const sizing = getSizing(issue2.origin);
            if (sizing)
              return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
            const sizing = getSizing(issue2.origin);
            if (sizing) {
              return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
            }
            return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            const _issue = issue2;
            if (_issue.format === "starts_with") {
              return `Invalid string: must start with "${_issue.prefix}"`;
            }
            if (_issue.format === "ends_with")
              return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes")
              return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex")
              return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
              const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
              return `Invalid discriminator value. Expected ${opts}`;
            }
            if (issue2.inclusive === false) {
              return "Invalid input: more than one option matched";
            }
            return "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return `Invalid input`;
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_registries();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries2 = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries: entries2,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniEnum, ZodMiniTransform, ZodMiniOptional, ZodMiniDefault, ZodMiniPipe, describe2;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
      $ZodTransform.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    describe2 = describe;
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// src/rules/zod.ts
var nonEmpty, described;
var init_zod = __esm({
  "src/rules/zod.ts"() {
    "use strict";
    init_mini();
    init_en();
    init_mini();
    config(en_default());
    nonEmpty = () => string2().check(_minLength(1));
    described = (schema, text) => schema.check(describe2(text));
  }
});

// src/engine/continuations.ts
function joinContinuations(original) {
  if (!original.includes("\\\n") && !original.includes("\\\r\n")) return void 0;
  const chunkAt = [];
  const chunkFrom = [];
  const joins = [];
  let text = "";
  let chunkStart = 0;
  let inLogicalLine = false;
  const copy = (from, to) => {
    chunkAt.push(text.length);
    chunkFrom.push(from);
    text += original.slice(from, to);
  };
  const closeLogicalLine = () => {
    const lineEnd2 = original.indexOf("\n", chunkStart);
    copy(chunkStart, lineEnd2 === -1 ? original.length : lineEnd2);
    if (text.endsWith("\r")) text = text.slice(0, -1);
  };
  CONTINUATION.lastIndex = 0;
  let match;
  while ((match = CONTINUATION.exec(original)) !== null) {
    if (escapedBackslash(original, match.index)) continue;
    const lineStart2 = original.lastIndexOf("\n", match.index - 1) + 1;
    if (inLogicalLine && lineStart2 > chunkStart) {
      closeLogicalLine();
      inLogicalLine = false;
    }
    if (!inLogicalLine) {
      if (joins.length > 0) text += "\n";
      chunkStart = lineStart2;
      inLogicalLine = true;
    }
    copy(chunkStart, match.index);
    chunkStart = match.index + match[0].length;
    joins.push(text.length);
  }
  if (joins.length === 0) return void 0;
  closeLogicalLine();
  return {
    text,
    toOriginal(offset) {
      const chunk = lastAtOrBefore(chunkAt, offset);
      return chunk < 0 ? offset : chunkFrom[chunk] + (offset - chunkAt[chunk]);
    },
    crossesJoin(from, end) {
      const join10 = lastAtOrBefore(joins, end - 1);
      return join10 >= 0 && joins[join10] > from;
    }
  };
}
function lastAtOrBefore(sorted, offset) {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (sorted[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
function escapedBackslash(text, index) {
  let count2 = 0;
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 92; i--) count2++;
  return count2 % 2 === 1;
}
var CONTINUATION;
var init_continuations = __esm({
  "src/engine/continuations.ts"() {
    "use strict";
    CONTINUATION = /\\\r?\n/g;
  }
});

// src/engine/aho-corasick.ts
var ALPHABET, KeywordAutomaton;
var init_aho_corasick = __esm({
  "src/engine/aho-corasick.ts"() {
    "use strict";
    ALPHABET = 128;
    KeywordAutomaton = class {
      keywords;
      /**
       * UTF-16 code unit -> character class: 0 for a character no keyword holds (every non-ASCII
       * one); upper case folds onto lower. One read per character, no range check.
       */
      classOf;
      classCount;
      /**
       * The transitions as one table read per character: the entry at `row + class` is the next
       * state's row (`state * classCount`), or, for a state that completes keywords, `-row - 1`.
       * Classes instead of 128 ASCII codes keep the table small enough to stay in cache; row offsets
       * save a multiplication, and the sign saves a second read to learn whether a keyword ended.
       */
      next;
      /** For each state, the keyword ids it completes (own and inherited through failure links). */
      outputs;
      constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        const classOf = new Uint8Array(65536);
        let classCount = 1;
        for (const keyword of this.keywords) {
          for (let i = 0; i < keyword.length; i++) {
            const code2 = keyword.charCodeAt(i);
            if (code2 >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
            if (classOf[code2] === 0) classOf[code2] = classCount++;
          }
        }
        for (let upper = 65; upper <= 90; upper++) classOf[upper] = classOf[upper + 32];
        this.classOf = classOf;
        this.classCount = classCount;
        const goto = [/* @__PURE__ */ new Map()];
        const outputs = [[]];
        this.keywords.forEach((keyword, id) => {
          let state = 0;
          for (let i = 0; i < keyword.length; i++) {
            const symbol = classOf[keyword.charCodeAt(i)];
            let next2 = goto[state].get(symbol);
            if (next2 === void 0) {
              next2 = goto.length;
              goto.push(/* @__PURE__ */ new Map());
              outputs.push([]);
              goto[state].set(symbol, next2);
            }
            state = next2;
          }
          outputs[state].push(id);
        });
        const stateCount = goto.length;
        const delta = stateCount <= 65535 ? new Uint16Array(stateCount * classCount) : new Int32Array(stateCount * classCount);
        const fail = new Int32Array(stateCount);
        const queue = [];
        for (const [symbol, next2] of goto[0]) {
          delta[symbol] = next2;
          fail[next2] = 0;
          queue.push(next2);
        }
        for (let head = 0; head < queue.length; head++) {
          const state = queue[head];
          const failRow = fail[state] * classCount;
          const inherited = outputs[fail[state]];
          if (inherited.length > 0) outputs[state].push(...inherited);
          delta.copyWithin(state * classCount, failRow, failRow + classCount);
          for (const [symbol, next2] of goto[state]) {
            delta[state * classCount + symbol] = next2;
            fail[next2] = delta[failRow + symbol];
            queue.push(next2);
          }
        }
        this.outputs = outputs.map((list) => list.length > 0 ? list : void 0);
        const next = new Int32Array(delta.length);
        for (let i = 0; i < delta.length; i++) {
          const target = delta[i];
          next[i] = this.outputs[target] ? -(target * classCount) - 1 : target * classCount;
        }
        this.next = next;
      }
      /** Calls `onHit(keywordId, endIndex)` for every keyword occurrence in `text[from, to)`. */
      scan(text, onHit, from = 0, to = text.length) {
        const { next, outputs, classOf, classCount } = this;
        let row = 0;
        for (let i = from; i < to; i++) {
          const entry = next[row + classOf[text.charCodeAt(i)]];
          if (entry >= 0) {
            row = entry;
            continue;
          }
          row = -entry - 1;
          const out = outputs[row / classCount];
          for (let k = 0; k < out.length; k++) onHit(out[k], i + 1);
        }
      }
      /** Every hit, in text order. */
      findAll(text) {
        const hits = [];
        this.scan(text, (keyword, end) => hits.push({ keyword, end }));
        return hits;
      }
    };
  }
});

// src/engine/entropy.ts
function shannonEntropy(value) {
  const length = value.length;
  if (length === 0) return 0;
  for (let i = 0; i < length; i++) {
    const code2 = value.charCodeAt(i);
    if (counts[code2] === 0) touched.push(code2);
    counts[code2] += 1;
  }
  let bits = 0;
  for (const code2 of touched) {
    const p = counts[code2] / length;
    bits -= p * Math.log2(p);
    counts[code2] = 0;
  }
  touched.length = 0;
  return bits;
}
var counts, touched;
var init_entropy = __esm({
  "src/engine/entropy.ts"() {
    "use strict";
    counts = new Uint32Array(65536);
    touched = [];
  }
});

// src/engine/filters.ts
function wrapsAName(secret) {
  const match = WRAPPED.exec(secret);
  if (!match) return false;
  const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
  return !(inner.length >= 8 && /^[A-Za-z0-9+/=]+$/.test(inner) && /[0-9]/.test(inner) && /[A-Za-z]/.test(inner));
}
function placeholderReason(secret) {
  const lower = secret.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return "placeholder";
  if (wrapsAName(secret)) return "placeholder";
  if (PLACEHOLDER_PHRASE.test(secret)) return "placeholder";
  if (isOnlyMask(secret)) return "placeholder";
  return void 0;
}
function isPlaceholderWord(secret) {
  return PLACEHOLDER_WORDS.has(secret.toLowerCase());
}
function isOnlyMask(secret) {
  if (secret.length >= 4 && /^([^ ._:/-])\1*(?:[ ._:/-]+\1+)*$/.test(secret) && /(.)\1\1/.test(secret)) return true;
  return secret.length >= 3 && /^[xX*•#]+(?:[ ._:/-]+[xX*•#]+)*$/.test(secret) && /([xX*•#])\1\1/.test(secret);
}
function maskReason(secret) {
  if (isDominatedByRuns(secret, MASK_RUN)) return "mask";
  if (secret.length <= 256 && !/\s/.test(secret) && isDominatedByRuns(secret, MASK_OR_REPEAT_RUN)) return "repeat";
  return void 0;
}
function isDominatedByRuns(secret, run2) {
  if (!hasRunOfFour(secret)) return false;
  let longest = 0;
  let covered = 0;
  for (const match of secret.matchAll(run2)) {
    if (match.index !== 0) longest = Math.max(longest, match[0].length);
    covered += match[0].length;
  }
  if (covered === 0) return false;
  return covered / secret.length >= 0.5 || longest >= 8;
}
function hasRunOfFour(value) {
  let run2 = 1;
  for (let i = 1; i < value.length; i++) {
    run2 = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run2 + 1 : 1;
    if (run2 === 4) return true;
  }
  return false;
}
function markerReason(secret) {
  const match = SAMPLE_MARKER.exec(secret);
  if (!match) return void 0;
  const marker = match[0];
  const oneCase = marker === marker.toLowerCase() || marker === marker.toUpperCase() || /^[A-Z]?[a-z]+(?:[_-]?[A-Z]?[a-z]+)*$/.test(marker);
  return oneCase ? "marker" : void 0;
}
function patternReason(secret) {
  if (secret.length > 256 || /\s/.test(secret)) return void 0;
  if (isKeyboardWalk(secret)) return "pattern";
  const body = secret.replace(/^[A-Za-z]{1,12}[_-]/, "");
  if (body.length < 6) return void 0;
  if (sequentialShare(body) >= 0.6 || isPeriodic(body, 0.75) || isKeyboardMash(body)) return "pattern";
  return void 0;
}
function isDigitWalk(value) {
  if (!/^\d{6,12}$/.test(value)) return false;
  return sequentialShare(value) === 1 || isPeriodic(value, 0.99);
}
function isKeyboardWalk(value) {
  if (value.length < 4 || !/^[a-z]+$/i.test(value)) return false;
  const lower = value.toLowerCase();
  return KEYBOARD_WALKS.some((row) => row.includes(lower));
}
function isKeyboardMash(value) {
  const text = NON_ASCII.test(value) ? value.toLowerCase() : value;
  let letters = 0;
  let beyondHex = false;
  const inRow = [0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    let code2 = text.charCodeAt(i);
    if (code2 >= 65 && code2 <= 90) code2 += 32;
    if (code2 < 97 || code2 > 122) continue;
    letters++;
    if (code2 > 102) beyondHex = true;
    inRow[KEYBOARD_ROW_OF[code2]] += 1;
  }
  if (letters < 6 || !beyondHex) return false;
  return inRow[1] / letters >= 0.9 || inRow[2] / letters >= 0.9 || inRow[3] / letters >= 0.9;
}
function sequentialShare(value) {
  let covered = 0;
  let runStart = 0;
  let direction = 0;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length) {
      const code2 = value.charCodeAt(i);
      const previous = value.charCodeAt(i - 1);
      const step = code2 - previous;
      if ((step === 1 || step === -1) && (direction === 0 || step === direction) && charClass(code2) === charClass(previous)) {
        direction = step;
        continue;
      }
    }
    if (i - runStart >= 4) covered += i - runStart;
    runStart = i;
    direction = 0;
  }
  return covered / value.length;
}
function charClass(code2) {
  if (code2 >= 48 && code2 <= 57) return 1;
  if (code2 >= 65 && code2 <= 90) return 2;
  if (code2 >= 97 && code2 <= 122) return 3;
  return 4;
}
function isPeriodic(value, threshold) {
  const length = value.length;
  const maxPeriod = Math.min(12, Math.floor(length / 2));
  for (let period = 1; period <= maxPeriod; period++) {
    let same = 0;
    let i = period;
    for (; i < length; i++) {
      if (value.charCodeAt(i) === value.charCodeAt(i - period)) same++;
      else if ((same + (length - 1 - i) + period) / length < threshold) break;
    }
    if (i === length && (same + period) / length >= threshold) return true;
  }
  return false;
}
function templateReason(secret) {
  for (const pattern of TEMPLATE_REFERENCE) if (pattern.test(secret)) return "template";
  if (OPEN_REFERENCE.test(secret)) return "template";
  const typed = secret.replace(REFERENCE, "");
  if (typed !== secret && !/[A-Za-z0-9]/.test(typed)) return "template";
  return void 0;
}
function documentedExampleReason(secret) {
  if (DOCUMENTED_EXAMPLES.has(secret)) return "documented-example";
  if (DOCUMENTATION_MARK.test(secret)) return "documented-example";
  if (secret.startsWith("eyJ") && secret.includes(`.${DOCUMENTED_JWT_PAYLOAD}`)) return "documented-example";
  if (secret.length > MIN_EMBEDDED_EXAMPLE && EMBEDDED_EXAMPLE.test(secret)) return "documented-example";
  return void 0;
}
function handMadeReason(secret) {
  return maskReason(secret) ?? markerReason(secret) ?? patternReason(secret);
}
function filterVerdict(secret, evidence) {
  const certain = documentedExampleReason(secret) ?? templateReason(secret);
  if (certain) return { reason: certain, action: "drop" };
  const placeholder = placeholderReason(secret);
  if (placeholder) {
    const demote = evidence === "password" ? WEAK_PASSWORD_WORDS.has(secret.toLowerCase()) : evidence !== "name" && isPlaceholderWord(secret) && !FIELD_NAME.test(secret);
    return { reason: placeholder, action: demote ? "demote" : "drop" };
  }
  const handMade = handMadeReason(secret);
  if (!handMade) return void 0;
  if ((evidence === "name" || evidence === "password") && isDigitWalk(secret)) return { reason: "placeholder", action: "drop" };
  if (handMade === "mask") return { reason: handMade, action: "drop" };
  if (evidence === "password" && handMade === "marker" && !/dummy|fake|example|sample|mock/i.test(secret)) {
    return { reason: handMade, action: "demote" };
  }
  if ((evidence === "name" || evidence === "password") && handMade !== "pattern") return { reason: handMade, action: "drop" };
  return { reason: handMade, action: "demote" };
}
var PLACEHOLDER_WORDS, WEAK_PASSWORD_WORDS, PLACEHOLDER_PHRASE, SAMPLE_MARKER, WRAPPED, TEMPLATE_REFERENCE, DOCUMENTED_EXAMPLES, DOCUMENTED_JWT_PAYLOAD, MASK_RUN, MASK_OR_REPEAT_RUN, FIELD_NAME, KEYBOARD_ROWS, KEYBOARD_WALKS, NON_ASCII, KEYBOARD_ROW_OF, OPEN_REFERENCE, REFERENCE, DOCUMENTATION_MARK, MIN_EMBEDDED_EXAMPLE, EMBEDDED_EXAMPLE;
var init_filters = __esm({
  "src/engine/filters.ts"() {
    "use strict";
    PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
      "changeme",
      "change_me",
      "change-me",
      "changeit",
      "change_it",
      "changethis",
      "change_this",
      "replaceme",
      "replace_me",
      "password",
      "passwd",
      "secret",
      "token",
      "apikey",
      "api_key",
      "api-key",
      "key",
      "example",
      "sample",
      "dummy",
      "placeholder",
      "redacted",
      "removed",
      "hidden",
      "masked",
      "notset",
      "not_set",
      "unset",
      "none",
      "null",
      "nil",
      "undefined",
      "empty",
      "true",
      "false",
      "yes",
      "no",
      "todo",
      "tbd",
      "fixme",
      "foo",
      "bar",
      "baz",
      "foobar",
      "test",
      "testing",
      "default",
      "secret123",
      "password123",
      "password1",
      "pass123",
      "admin",
      "root",
      "guest",
      "user",
      "username",
      "pass",
      "pwd",
      "mypassword",
      "mysecret",
      "mytoken",
      "yourpassword",
      "yoursecret",
      "yourtoken",
      "xxx",
      "abc123",
      "qwerty",
      "letmein",
      "fake",
      "invalid",
      "mock",
      "stub",
      "string",
      "value",
      "required",
      "optional",
      "omitted",
      "n/a",
      "na",
      "insert",
      "p@ssw0rd",
      "passw0rd",
      "p@ssword",
      "hunter2",
      "secretkey",
      "secret_key",
      "supersecret",
      "topsecret",
      // JavaScript's typeof names: `typeof password === 'function'`.
      "function",
      "object",
      "number",
      "boolean",
      "symbol",
      "bigint"
    ]);
    WEAK_PASSWORD_WORDS = /* @__PURE__ */ new Set([
      "changeme",
      "change_me",
      "change-me",
      "changeit",
      "change_it",
      "changethis",
      "guest",
      "secret123",
      "password123",
      "password1",
      "pass123",
      "mypassword",
      "qwerty",
      "letmein",
      "p@ssw0rd",
      "passw0rd",
      "p@ssword",
      "hunter2",
      "supersecret",
      "topsecret"
    ]);
    PLACEHOLDER_PHRASE = /(?:your|insert|enter|replace|put|add|paste)[_ -]?(?:own[_ -]?)?(?:real[_ -]?)?(?:api[_ -]?)?(?:access[_ -]?)?(?:key|token|secret|password|pass|pwd|credential|value)|(?:key|token|secret|password)[_ -]?here|replace[_ -]?(?:with|me|this)|changeme|change[_-]me|placeholder|redacted|not[_-]?a[_-]?real|do[_-]?not[_-]?use/i;
    SAMPLE_MARKER = /dummy|fake|example[_-]?(?:key|token|secret|password)|(?:my|test|sample|mock)[_-]?(?:key|token|secret|password)|EXAMPLE/i;
    WRAPPED = /^(?:<([^<>]*)>|\[([^[\]]*)\]|\{([^{}]*)\}|\(([^()]*)\))$/;
    TEMPLATE_REFERENCE = [
      /\$\{\{?\s*[\w.:\-/ '"[\]|?!=+*,@$#%^]*\}\}?/,
      // ${VAR}, ${VAR:-x}, ${VAR:=$2}, ${VAR#prefix}, ${{ secrets.X }}, ${var.x}
      /\{\{[^{}]*\}\}/,
      // {{ .Values.x }}, {{ secret }}
      /\$\([\w .:/'"|$-]*\)/,
      // $(command), $(VAR)
      /^\$[A-Za-z_][A-Za-z0-9_]*(?:$|[/\\])/,
      // $VAR, $HOME/path
      /^\$env:[A-Za-z_]\w*$/i,
      // PowerShell $env:VAR
      /^(?:[^%\s]{0,3}%[A-Za-z_][\w.]*%)+[^%\s]{0,3}$/,
      // %VAR%, %DB.ROLE%, %RANDOM%@%RANDOM% (Windows, Ant replace tokens)
      /^(?:#{2,}|@{1,2}|_{1,2})[A-Z][A-Z0-9_.]*(?:#{2,}|@{1,2}|_{1,2})$/,
      // ###ORACLE_PWD###, @DB_PASS@, __SECRET__ (filled at build or deploy)
      /#\{[\w.:'"[\]() -]*\}/,
      // #{ruby}, #{SecureRandom.hex(64)}, #{Octopus.Variable}
      /<%=?[^%]*%>/,
      // <%= erb %>
      /\bprocess\.env\b/,
      /\bimport\.meta\.env\b/,
      /\bos\.(?:environ|getenv)\b/,
      /\bENV\s*\[/,
      /\bSystem\.getenv\b/,
      /\bEnvironment\.GetEnvironmentVariable\b/,
      /^(?:var|local|data|module|ephemeral)\.[A-Za-z_][\w.-]*$/,
      // Terraform references
      /^secrets\.[A-Za-z_]\w*$/,
      // GitHub Actions secrets.X
      /^vault:[\w/.-]+(?:#\w+)?$/
      // vault:secret/data/x#key (Kubernetes operators, Spring Cloud Vault)
    ];
    DOCUMENTED_EXAMPLES = /* @__PURE__ */ new Set([
      // AWS IAM documentation.
      "AKIAIOSFODNN7EXAMPLE",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
      "ASIAIOSFODNN7EXAMPLE",
      "AKIAI44QH8DHBEXAMPLE",
      // Stripe's API reference (its public test-mode keys).
      "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
      "pk_test_TYooMQauvdEDq54NiTphI7jx",
      "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
      "pk_test_6pRNASCoBOKtIshFeQd4XMUh",
      // RFC 6749 (OAuth 2.0) example access, refresh and authorization codes, and client secret.
      "2YotnFZFEjr1zCsicMWpAA",
      "tGzv3JOkF0XG5Qx2TlKWIA",
      "SplxlOBeZQQYbYS6WxSbIA",
      "7Fjfp0ZBr1KtDRbnfVdmIw",
      // Google API keys in the Firebase Android SDK's own sources and tests, vendored by many apps.
      "AIzaSyabcdefghijklmnopqrstuvwxyz1234567",
      "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
      "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
      "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
      "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
      "AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
      "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
      "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
      "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
      "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
      "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
      "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
      "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
      "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
      "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
      "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY",
      // RFC 5849 (OAuth 1.0) example consumer keys, tokens and secrets, quoted in OAuth 1 libraries.
      "dpf43f3p2l4k3l03",
      "kd94hf93k423kf44",
      "hh5s93j4hdidpola",
      "hdhd0244k9j7ao03",
      "nnch734d00sl2jdk",
      "pfkkdhi9sl3r4s00",
      "0685bd9184jfhq22",
      "ad180jjd733klru7",
      "wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D",
      // RFC 6749's example client credentials (s6BhdRkqt3:gX1fBat3bV) as an HTTP Basic header.
      "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
      // RFC 7617 (HTTP Basic) example credentials, Aladdin:open sesame; RFC 6750's example bearer token.
      "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
      "mF_9.B5f-4.1JqM",
      // The Telegram Bot API documentation's example bot token.
      "110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw",
      // The Kubernetes documentation's example Secret: base64 of 1f2d1e2e67df (and of admin).
      "MWYyZDFlMmU2N2Rm",
      // The Azure Storage emulator (Azurite) account key, the same on every machine.
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
    ]);
    DOCUMENTED_JWT_PAYLOAD = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
    MASK_RUN = /([xX*•.#_-])\1{3,}/g;
    MASK_OR_REPEAT_RUN = /([xX*•.#0_-])\1{3,}|([^xX*•.#0_-])\2{5,}/g;
    FIELD_NAME = /^(?:my|your|the)?[_-]?(?:password|passwd|pwd|pw|secret|token|api[_-]?key)$/i;
    KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    KEYBOARD_WALKS = KEYBOARD_ROWS.flatMap((row) => [row, [...row].reverse().join("")]);
    NON_ASCII = /[^\x00-\x7f]/;
    KEYBOARD_ROW_OF = (() => {
      const table2 = new Uint8Array(128);
      KEYBOARD_ROWS.forEach((row, index) => {
        for (let i = 0; i < row.length; i++) table2[row.charCodeAt(i)] = index + 1;
      });
      return table2;
    })();
    OPEN_REFERENCE = /^(?:\$\{\w+(?::?[-?=+#%].*)?|#\{[\w.]+(?:[ (].*)?|#{3}.*)$/;
    REFERENCE = /\$\{[^{}]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%/g;
    DOCUMENTATION_MARK = /EXAMPLE/;
    MIN_EMBEDDED_EXAMPLE = 20;
    EMBEDDED_EXAMPLE = new RegExp(
      [...DOCUMENTED_EXAMPLES].filter((example) => example.length >= MIN_EMBEDDED_EXAMPLE).map((example) => example.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")
    );
  }
});

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(ruleId, secret) {
  return createHash("sha256").update(ruleId).update("\0").update(secret).digest("hex").slice(0, 16);
}
var init_fingerprint = __esm({
  "src/engine/fingerprint.ts"() {
    "use strict";
  }
});

// src/engine/bpe.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function readTiktokenRanks() {
  const file = createRequire(import.meta.url)("js-tiktoken/ranks/cl100k_base");
  const data = "bpe_ranks" in file ? file : file.default;
  const entries2 = [];
  for (const line of data.bpe_ranks.split("\n")) {
    if (!line) continue;
    const parts = line.split(" ");
    const offset = Number(parts[1]);
    for (let i = 2; i < parts.length; i++) entries2.push([atob(parts[i]), offset + i - 2]);
  }
  return { pattern: data.pat_str, entries: entries2 };
}
function decodeRankTable(buffer) {
  if (buffer.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a leakgate BPE table");
  const count2 = buffer.readUInt32LE(MAGIC.length);
  const patternLength = buffer.readUInt32LE(MAGIC.length + 4);
  const pattern = buffer.toString("utf8", MAGIC.length + 8, MAGIC.length + 8 + patternLength);
  const padded = Math.ceil((MAGIC.length + 8 + patternLength) / 4) * 4;
  const words = new Uint32Array(buffer.buffer.slice(buffer.byteOffset + padded, buffer.byteOffset + padded + (2 * count2 + 1) * 4));
  const offsets = words.subarray(0, count2 + 1);
  const ranks = words.subarray(count2 + 1);
  const blob = buffer.subarray(padded + (2 * count2 + 1) * 4);
  const compare2 = (index, bytes) => {
    const start = offsets[index];
    const length = offsets[index + 1] - start;
    const n = Math.min(length, bytes.length);
    for (let i = 0; i < n; i++) {
      const diff = blob[start + i] - bytes.charCodeAt(i);
      if (diff !== 0) return diff;
    }
    return length - bytes.length;
  };
  return {
    pattern,
    rankOf(bytes) {
      let low = 0;
      let high = count2 - 1;
      while (low <= high) {
        const mid = low + high >>> 1;
        const order = compare2(mid, bytes);
        if (order === 0) return ranks[mid];
        if (order < 0) low = mid + 1;
        else high = mid - 1;
      }
      return void 0;
    }
  };
}
function load() {
  if (existsSync(TABLE_FILE)) {
    table = decodeRankTable(readFileSync2(TABLE_FILE));
  } else {
    const { pattern, entries: entries2 } = readTiktokenRanks();
    const map = new Map(entries2);
    table = { pattern, rankOf: (bytes) => map.get(bytes) };
  }
  pretokenizer = new RegExp(table.pattern, "gu");
}
function toByteString(piece) {
  if (/^[\x00-\x7f]*$/.test(piece)) return piece;
  return String.fromCharCode(...new TextEncoder().encode(piece));
}
function mergeCount(bytes, ranks) {
  if (ranks.rankOf(bytes) !== void 0) return 1;
  const bounds = [];
  for (let i = 0; i <= bytes.length; i++) bounds.push(i);
  while (bounds.length > 2) {
    let best = -1;
    let bestRank = Infinity;
    for (let i = 0; i < bounds.length - 2; i++) {
      const rank = ranks.rankOf(bytes.slice(bounds[i], bounds[i + 2]));
      if (rank !== void 0 && rank < bestRank) {
        bestRank = rank;
        best = i;
      }
    }
    if (best < 0) break;
    bounds.splice(best + 1, 1);
  }
  return bounds.length - 1;
}
function countTokens(text, ranks) {
  let regex;
  if (ranks) {
    regex = new RegExp(ranks.pattern, "gu");
  } else {
    if (!table) load();
    ranks = table;
    regex = pretokenizer;
    regex.lastIndex = 0;
  }
  let count2 = 0;
  for (const match of text.matchAll(regex)) count2 += mergeCount(toByteString(match[0]), ranks);
  return count2;
}
function charsPerToken(text) {
  if (text.length === 0) return 0;
  return text.length / countTokens(text);
}
var TABLE_FILE, MAGIC, table, pretokenizer;
var init_bpe = __esm({
  "src/engine/bpe.ts"() {
    "use strict";
    TABLE_FILE = fileURLToPath(new URL("../bpe-cl100k.bin", import.meta.url));
    MAGIC = "LGBPE1";
  }
});

// src/engine/generic.ts
function splitIdentifier(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function namesSecret(name) {
  return secretWordOf(name) !== void 0;
}
function secretWordOf(name, lifecycle = false, list = false) {
  const cache2 = secretWords[(lifecycle ? 1 : 0) | (list ? 2 : 0)];
  const known = cache2.get(name);
  if (known !== void 0) return known ?? void 0;
  const word = findSecretWord(name, lifecycle, list);
  if (cache2.size >= SECRET_WORD_CACHE_SIZE) cache2.clear();
  cache2.set(name, word ?? null);
  return word;
}
function findSecretWord(name, lifecycle, list) {
  const parts = splitIdentifier(name).map((part) => {
    const unnumbered = part.replace(/(?<=[a-z])\d+$/, "");
    if (PASSWORD_WORDS.has(unnumbered)) return unnumbered;
    return list && PLURAL_SECRET_WORDS.get(part) || part;
  });
  const publicAt = parts.findIndex((part) => part === "public" || part === "pub");
  for (let i = parts.length - 1; i >= 0; i--) {
    const compound = COMPOUND_SECRET.exec(parts[i]);
    const part = compound ? compound[1] : parts[i];
    const isSecret = SECRET_WORDS.has(part) || (part === "key" || part === "token") && i > 0 && KEY_QUALIFIERS.has(parts[i - 1]);
    if (!isSecret) continue;
    const prefix = compound ? parts[i].slice(0, -part.length) : "";
    const kept = (qualifier) => lifecycle && PASSWORD_WORDS.has(part) && PASSWORD_LIFECYCLE.has(qualifier);
    if (NON_CREDENTIAL_QUALIFIERS.has(prefix) && !kept(prefix) || NOT_REAL_WORDS.has(prefix)) return void 0;
    if (parts.slice(i + 1).some((later) => METADATA_WORDS.has(later))) return void 0;
    if (part === "token" && i > 0 && PROTOCOL_TOKEN_QUALIFIERS.has(parts[i - 1])) return void 0;
    const qualifierAt = part === "key" || part === "token" && KEY_QUALIFIERS.has(parts[i - 1] ?? "") ? i - 2 : i - 1;
    if (qualifierAt >= 0 && NON_CREDENTIAL_QUALIFIERS.has(parts[qualifierAt]) && !kept(parts[qualifierAt])) return void 0;
    if (parts.slice(0, i).some((earlier) => NOT_REAL_WORDS.has(earlier))) return void 0;
    if (publicAt >= 0 && publicAt < i) return void 0;
    return part;
  }
  return void 0;
}
function isPasswordWord(word) {
  return word !== void 0 && PASSWORD_WORDS.has(word);
}
function secretWordOfAssignee(name) {
  return secretWordOf(name) ?? secretWordOfSetter(name);
}
function namesPassword(name) {
  return isPasswordWord(secretWordOfAssignee(name) ?? secretWordOf(name, true));
}
function extensionOf(path) {
  if (!path) return void 0;
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  if (dot <= slash + 1) return void 0;
  return path.slice(dot + 1).toLowerCase();
}
function isCodePath(path) {
  const extension = extensionOf(path);
  return extension !== void 0 && CODE_EXTENSIONS.has(extension);
}
function isConfigPath(path) {
  if (!path) return false;
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (/^\.env(?:\..+)?$|^Dockerfile/.test(base)) return true;
  const extension = extensionOf(path);
  return extension !== void 0 && CONFIG_EXTENSIONS.has(extension);
}
function isNotConfigPath(path) {
  return path !== void 0 && NOT_CONFIG_PATH.test(path);
}
function isCodeReference(value) {
  if (!CODE_REFERENCE.test(value)) return false;
  const names = value.match(/[A-Za-z_$][\w$]*/g) ?? [];
  return names.every((name) => (name.length < 12 || charsPerToken(name) >= 2.5) && (name.match(/\d/g)?.length ?? 0) / name.length < 0.3);
}
function decodesToPlaceholder(value) {
  if (value.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  if (placeholderReason(decoded)) return true;
  const parts = decoded.split(/[:\s]+/).filter(Boolean);
  if (parts.some((part) => placeholderReason(part))) return true;
  return / /.test(decoded) && charsPerToken(decoded) >= 3;
}
function namesAField(value) {
  const parts = splitIdentifier(value);
  return parts.length >= 2 && parts.some((part) => FIELD_WORDS.has(part));
}
function looksLikeData(value) {
  return isNameShaped(value) || isDataShaped(value);
}
function isNameShaped(value) {
  return NAME_SHAPED.some((pattern) => pattern.test(value));
}
function isDataShaped(value) {
  if (DERIVED_UUID.test(value)) return true;
  return NOT_A_SECRET.some((pattern) => pattern.test(value));
}
function characterClasses(value) {
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  const symbol = /[^A-Za-z0-9]/.test(value);
  return { lower, upper, digit, symbol, count: Number(lower) + Number(upper) + Number(digit) + Number(symbol) };
}
function alphabetSize(classes, value) {
  const body = value.replace(/^[A-Za-z0-9]{1,10}[._:-](?=.{16})/, "");
  if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return 16;
  return (classes.lower ? 26 : 0) + (classes.upper ? 26 : 0) + (classes.digit ? 10 : 0) + (classes.symbol ? 20 : 0);
}
function scoreLongValue(value) {
  if (value.length > 16384 || patternReason(value.slice(0, 256))) return void 0;
  const entropy = shannonEntropy(value);
  const score = { length: value.length, classes: characterClasses(value).count, entropy, entropyRatio: entropy / 6 };
  return entropy >= 4.5 ? { confidence: "medium", score } : void 0;
}
function scoreValue(value, options = {}) {
  const words = options.wordsArePasswords === true;
  const weak = () => ({ confidence: "low", score: { length: value.length, classes: characterClasses(value).count, entropy: shannonEntropy(value), entropyRatio: 0 } });
  if (!/[A-Za-z0-9]/.test(value)) return void 0;
  if (/\s/.test(value)) return (options.passphrases ?? words) && PASSPHRASE.test(value) ? weak() : void 0;
  if (value.length < (words ? 4 : 6)) return void 0;
  if (value.length > 256) return scoreLongValue(value);
  if (words && /^\d{6,16}$/.test(value)) return weak();
  if (isDataShaped(value) || isCodeReference(value)) return void 0;
  if (isNameShaped(value)) return words && !namesAField(value) ? weak() : void 0;
  if (decodesToPlaceholder(value)) return void 0;
  const classes = characterClasses(value);
  const entropy = shannonEntropy(value);
  const maxEntropy = Math.log2(Math.min(value.length, Math.max(2, alphabetSize(classes, value))));
  const score = { length: value.length, classes: classes.count, entropy, entropyRatio: entropy / maxEntropy };
  if (RANDOM_UUID.test(value)) return { confidence: "medium", score };
  if (classes.count === 1 && (classes.lower || classes.upper) && value.length < 20) return words ? weak() : void 0;
  if (patternReason(value)) return { confidence: "low", score };
  if (score.entropyRatio < 0.7) return void 0;
  if (value.length >= 20 && classes.count >= 3 && score.entropyRatio >= 0.85) return { confidence: "high", score };
  score.charsPerToken = charsPerToken(value);
  if (score.charsPerToken >= 3) return words ? weak() : void 0;
  if (classes.count === 1 && classes.digit) return { confidence: "low", score };
  if (value.length >= 16 && classes.count >= 2 && score.charsPerToken <= 2.2 && entropy >= 3.5) return { confidence: "high", score };
  if (value.length >= 8 && classes.count >= 2 && score.charsPerToken <= 2) return { confidence: "medium", score };
  if (value.length >= 6 && classes.count >= 3 && score.charsPerToken <= 1.6) return { confidence: "medium", score };
  return { confidence: "low", score };
}
function scoreSlotValue(value) {
  const scored = scoreValue(value);
  if (scored) return scored.confidence;
  if (value.length > 256) return void 0;
  if (!/[A-Za-z0-9]/.test(value)) return void 0;
  if (looksLikeData(value) || isCodeReference(value)) return void 0;
  return "low";
}
function secretWordOfSetter(name) {
  const callee = name.slice(name.lastIndexOf(".") + 1);
  const parts = splitIdentifier(callee);
  const setter = parts[0] === "set" || parts[0] === "with";
  if (!setter && /^[A-Z]/.test(callee)) return void 0;
  const rest = setter ? parts.slice(1) : parts;
  if (rest.length === 0 || rest.length > (setter ? 3 : 2)) return void 0;
  if (!setter && rest.length === 2 && !KEY_QUALIFIERS.has(rest[0])) return void 0;
  return secretWordOf(rest.join("_"));
}
function scoreGenericSecret({ name, before, between, value, after, quoted, quote, path }) {
  if (before !== void 0 && /::$/.test(before)) return void 0;
  if (before !== void 0 && /\$\{$/.test(before)) return void 0;
  if (between !== void 0 && /[fF$]["']$/.test(between) && /\{[^{}]+\}/.test(value)) return void 0;
  const isCall = between !== void 0 && /^[ \t]*\(/.test(between);
  const list = between !== void 0 && LIST_BETWEEN.test(between);
  let secretWord = isCall ? secretWordOfSetter(name) : secretWordOf(name, false, list);
  const lifecycle = !secretWord && !isCall ? secretWordOf(name, true, list) : void 0;
  secretWord ??= lifecycle;
  if (!secretWord) return void 0;
  if (before && BADGE_CONTEXT.test(before)) return void 0;
  if (isNotConfigPath(path)) return void 0;
  const extension = extensionOf(path);
  if (quote === "'" && extension !== void 0 && C_FAMILY_EXTENSIONS.has(extension)) return void 0;
  if (!quoted && isCodePath(path)) return void 0;
  if (!quoted && after !== void 0 && PROSE_AFTER.test(after)) return void 0;
  if (!quoted && /[)\]}]$/.test(value) && count(value, /[)\]}]/g) > count(value, /[([{]/g)) return void 0;
  if (!quoted && /^[@$][A-Za-z_]\w*$/.test(value)) return void 0;
  const wordsArePasswords = PASSWORD_WORDS.has(secretWord) && !(between !== void 0 && POSITIONAL.test(between));
  const passphrases = wordsArePasswords && isConfigPath(path);
  const confidence = scoreValue(value, { wordsArePasswords, passphrases })?.confidence;
  return lifecycle && confidence ? "low" : confidence;
}
function count(value, pattern) {
  return value.match(pattern)?.length ?? 0;
}
var SECRET_WORDS, KEY_QUALIFIERS, METADATA_WORDS, NON_CREDENTIAL_QUALIFIERS, PROTOCOL_TOKEN_QUALIFIERS, NOT_REAL_WORDS, CODE_EXTENSIONS, C_FAMILY_EXTENSIONS, NOT_CONFIG_PATH, secretWords, SECRET_WORD_CACHE_SIZE, PASSWORD_LIFECYCLE, PLURAL_SECRET_WORDS, COMPOUND_SECRET, PASSWORD_WORDS, CONFIG_EXTENSIONS, CODE_REFERENCE, NAME_SHAPED, NOT_A_SECRET, FIELD_WORDS, RANDOM_UUID, DERIVED_UUID, PASSPHRASE, BADGE_CONTEXT, PROSE_AFTER, LIST_BETWEEN, POSITIONAL;
var init_generic = __esm({
  "src/engine/generic.ts"() {
    "use strict";
    init_bpe();
    init_entropy();
    init_filters();
    SECRET_WORDS = /* @__PURE__ */ new Set([
      "password",
      "passwd",
      "pwd",
      "pass",
      "passphrase",
      "secret",
      "secrets",
      "token",
      "apikey",
      "credential",
      "credentials",
      "creds",
      "pw",
      "privatekey",
      "accesskey",
      "secretkey",
      "authkey",
      "clientsecret",
      "secrete",
      "passcode",
      "passkey",
      "apitoken",
      "authtoken",
      "accesstoken",
      "bearer"
    ]);
    KEY_QUALIFIERS = /* @__PURE__ */ new Set([
      "api",
      "access",
      "secret",
      "private",
      "auth",
      "client",
      "encryption",
      "signing",
      "master",
      "app",
      "service",
      "account",
      "admin",
      "shared",
      "session",
      "license",
      "subscription",
      "storage",
      "sas",
      "hmac",
      "jwt",
      "iam",
      "cloud",
      "consumer",
      "webhook",
      "decryption",
      "validation",
      "crypt",
      "cipher",
      "aes",
      "sl",
      "slapi"
    ]);
    METADATA_WORDS = /* @__PURE__ */ new Set([
      "url",
      "uri",
      "urls",
      "endpoint",
      "path",
      "file",
      "filename",
      "dir",
      "name",
      "names",
      "type",
      "types",
      "length",
      "len",
      "size",
      "count",
      "id",
      "ids",
      "field",
      "fields",
      "label",
      "prompt",
      "hint",
      "placeholder",
      "pattern",
      "regex",
      "policy",
      "policies",
      "expiry",
      "expires",
      "expiration",
      "ttl",
      "version",
      "header",
      "param",
      "params",
      "env",
      "var",
      "mode",
      "format",
      "algorithm",
      "alg",
      "provider",
      "source",
      "ref",
      "store",
      "manager",
      "service",
      "public",
      "pub",
      "hash",
      "hashed",
      "digest",
      "sha",
      "checksum",
      "reset",
      "forgot",
      "confirm",
      "confirmation",
      "min",
      "max",
      "minimum",
      "maximum",
      "required",
      "enabled",
      "disabled",
      "rotation",
      "arn",
      "location",
      "index",
      "prefix",
      "suffix",
      "input",
      "button",
      "error",
      "message",
      "text",
      "title",
      "class",
      "keyid",
      "strength",
      "validator",
      "validation",
      "check",
      "changed",
      "updated",
      "created",
      "at",
      "date",
      "time",
      "kind",
      "key",
      "keys",
      "list",
      "map",
      "set",
      "callback",
      "handler",
      "getter",
      "setter",
      "builder",
      "factory",
      "parser",
      "lexer",
      "stream",
      "reader",
      "writer",
      "encoder",
      "decoder",
      "regexp",
      "re",
      "visible",
      "visibility",
      "icon",
      "color",
      "style",
      "width",
      "height",
      "selector",
      "element",
      "component",
      "dialog",
      "modal",
      "form",
      "page",
      "view",
      "route",
      "screen",
      "step",
      "widget",
      "tooltip",
      "description",
      "desc",
      "help",
      "doc",
      "docs",
      "option",
      "options",
      "flag",
      "flags",
      "config",
      "settings",
      "spec",
      "schema",
      "template",
      "count",
      "number",
      "start",
      "end",
      "pos",
      "position",
      "offset",
      "char",
      "chars",
      "kinds",
      "info",
      "data",
      "entropy",
      "generator",
      "counter",
      "limit",
      "limits",
      "timeout",
      "interval",
      "lifetime",
      "age",
      "cache",
      "storage",
      "state",
      "status",
      "request",
      "response",
      "req",
      "res",
      "result",
      "results",
      "exists",
      "valid",
      "invalid",
      "expired",
      "sent",
      "usage",
      "scope",
      "scopes",
      "audience",
      "issuer",
      "claim",
      "claims",
      "owner",
      "holder",
      "user",
      "username",
      "login",
      "email",
      "mail",
      "host",
      "hostname",
      "port",
      "region",
      "bucket",
      "table",
      "column",
      "db",
      "database",
      "mgr",
      "md5",
      "sha1",
      "sha2",
      "sha256",
      "sha384",
      "sha512",
      "bcrypt",
      "crypt",
      "encryption",
      "encoder",
      "hasher",
      "hashing",
      "method",
      "strategy",
      "complexity",
      "salt",
      "iterations",
      "arg",
      "args",
      "argument",
      "last",
      "used"
    ]);
    NON_CREDENTIAL_QUALIFIERS = /* @__PURE__ */ new Set([
      "public",
      "pub",
      "csrf",
      "xsrf",
      "page",
      "next",
      "prev",
      "previous",
      "continuation",
      "cursor",
      "sync",
      "cancellation",
      "cancel",
      "lexer",
      "parser",
      "syntax",
      "ast",
      "current",
      "last",
      "first",
      "end",
      "start",
      "eof",
      "verification",
      "idempotency",
      "nonce",
      "request",
      "correlation",
      "pagination",
      "resume",
      "upload",
      "device",
      "registration",
      "push",
      "fcm",
      "apns",
      "forgot",
      "reset",
      "new",
      "old",
      "confirm",
      "hashed",
      "hash",
      "sha1",
      "sha256",
      "sha512",
      "md5",
      "bcrypt",
      "encrypted",
      "masked",
      "store",
      "vault",
      "authenticity",
      "sample",
      "example",
      "dummy",
      "fake",
      "mock",
      "test",
      "default",
      "empty",
      "invalid",
      "expired",
      "bad",
      "wrong",
      "missing",
      "unknown",
      "max",
      "min",
      "is",
      "has",
      "show",
      "hide",
      "toggle",
      "no",
      "without",
      "use",
      "uses",
      "enable",
      "disable",
      "allow",
      "require",
      "requires",
      "need",
      "needs",
      "get",
      "set",
      "update",
      "delete",
      "create",
      "list",
      "describe",
      "rotate",
      "import",
      "put",
      "remove",
      "generate",
      "revoke",
      "validate"
    ]);
    PROTOCOL_TOKEN_QUALIFIERS = /* @__PURE__ */ new Set([
      "change",
      "lock",
      "client",
      "starting",
      "lifecycle",
      "action",
      "update",
      "export",
      "copy",
      "product",
      "unit",
      "policy",
      "marker",
      "batch",
      "job",
      "task",
      "sequence",
      "commit",
      "transaction",
      "execution",
      "operation",
      "retry",
      "delete",
      "continue",
      "paging",
      "deployment",
      "notification",
      "subscription",
      "invitation",
      "confirmation",
      "validation",
      "identity",
      "captcha",
      "recaptcha",
      "hcaptcha",
      "turnstile"
    ]);
    NOT_REAL_WORDS = /* @__PURE__ */ new Set([
      "non",
      "not",
      "invalid",
      "wrong",
      "bad",
      "fake",
      "mock",
      "mocked",
      "dummy",
      "sample",
      "example",
      "expired",
      "revoked",
      "malformed",
      "bogus",
      "placeholder",
      "stub",
      "redacted",
      "masked",
      "obfuscated",
      "hashed",
      "encrypted"
    ]);
    CODE_EXTENSIONS = /* @__PURE__ */ new Set([
      "js",
      "jsx",
      "mjs",
      "cjs",
      "ts",
      "tsx",
      "mts",
      "cts",
      "py",
      "pyi",
      "rb",
      "go",
      "java",
      "kt",
      "kts",
      "scala",
      "cs",
      "php",
      "rs",
      "swift",
      "c",
      "h",
      "cc",
      "cpp",
      "hpp",
      "m",
      "mm",
      "dart",
      "lua",
      "groovy",
      "vue",
      "svelte",
      "ex",
      "exs",
      "clj",
      "tf",
      "hcl",
      "json",
      "cls",
      "r",
      "pl",
      "pm",
      "jl",
      "fs",
      "vb"
    ]);
    C_FAMILY_EXTENSIONS = /* @__PURE__ */ new Set(["c", "h", "cc", "cpp", "hpp", "cs", "m", "mm"]);
    NOT_CONFIG_PATH = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|go\.sum|go\.mod|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|mix\.lock|pubspec\.lock|Podfile\.lock|packages\.lock\.json|gradle\.lockfile|[^/]+\.lock)$|\.(?:po|pot|xlf|xliff|strings|stringsdict|map)$|\.min\.(?:js|css)$|(?:^|\/)(?:locales?|i18n|l10n|translations?|lang)\//;
    secretWords = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
    SECRET_WORD_CACHE_SIZE = 4096;
    PASSWORD_LIFECYCLE = /* @__PURE__ */ new Set(["new", "old", "current", "default", "test"]);
    PLURAL_SECRET_WORDS = /* @__PURE__ */ new Map([
      ["keys", "key"],
      ["tokens", "token"],
      ["passwords", "password"],
      ["apikeys", "apikey"]
    ]);
    COMPOUND_SECRET = /^[a-z]{2,24}?(password|passwd|pwd|secret)$/;
    PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "pass", "passphrase", "passcode", "pw", "secrete"]);
    CONFIG_EXTENSIONS = /* @__PURE__ */ new Set([
      "env",
      "ini",
      "cfg",
      "cnf",
      "conf",
      "properties",
      "yaml",
      "yml",
      "toml",
      "json",
      "xml",
      "config",
      "tf",
      "tfvars",
      "hcl"
    ]);
    CODE_REFERENCE = /^(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[A-Za-z_$][\w$.]*\(.*|[A-Za-z_$][\w$]*\[.*)$/;
    NAME_SHAPED = [
      /^[_$]*[a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/,
      // camelCase
      /^[_$]*(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)+\d{0,3}$/,
      // PascalCase, acronyms included (RSAPrivateKey)
      /^[_$]+[A-Za-z]+$/,
      // private names: _secret, $token
      /^[a-z]+(?:[_-][a-z]+)+$/i
      // snake or dashed words
    ];
    NOT_A_SECRET = [
      /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/,
      // CONSTANT_CASE
      /^[a-z]+(?:[._:/-][a-z]+)*[.:/][a-z]+(?:[._:/-][a-z]+)*$/i,
      // dotted, colon or path words: db.password, a/b
      /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/,
      // file paths
      /^[a-z][a-z0-9+.-]{1,20}:\/\//i,
      // URLs: a URL with a password has its own rules
      /^data:[\w/+.-]+;base64,/,
      // data URIs (images, fonts)
      /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/,
      // dates
      /^(?:[\^~]|[<>]=?)?v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/,
      // versions and version ranges (^1.4.6)
      /^[-+]?\d+(?:\.\d+)?$/,
      // numbers
      /^(?:sha1|sha256|sha384|sha512|md5)[-:][A-Za-z0-9+/=]+$/i,
      // integrity strings and digests with their algorithm
      /^(?:[\w-]+\.)+(?:com|org|net|io|dev|local|internal|svc|cluster)$/i,
      // host names
      /^[a-z]+\/[a-z0-9.+-]+$/i,
      // MIME types
      /^#[0-9a-f]{3,8}$/i,
      // colours
      /^#[a-z]+$/,
      // a colour's name, an anchor or a directive: #ansiyellow, #bygroup
      /\(\?[:=!<]|\[\^|\\[dswbDSWB][*+?{]?|%[sd]\b|\{\d*\}|\[[^\]]{2,}\](?:[*+]|\{\d)/,
      // regular expressions and format strings
      // Password hashes are what a server stores instead of the password: bcrypt, sha-crypt, MD5-crypt,
      // yescrypt, argon2, scrypt, PBKDF2 (Django, Werkzeug), LDAP schemes ({SSHA}, {CRYPT}).
      /^\$(?:2[abxy]?|[156]|apr1|y|7|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?)\$/,
      /^(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt)\$|^pbkdf2:sha\d+:\d+\$|^scrypt:\d+:/,
      /^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512|SHA256|SHA512|PBKDF2(?:-SHA\d+)?|ARGON2|BCRYPT)\}/i,
      /^\{?AQAAAB[A-Za-z0-9+/]{20,}={0,2}\}?$/,
      // Jenkins secrets encrypted with the controller's key
      /^["'\x60]\s*[.+]|[.+]\s*["'\x60]$/,
      // a piece of a concatenation: '".md5($password)."'
      /^--?[a-z][\w-]*=?$/,
      // command-line flags: --remote, -W
      /^(?:file|env|fd):|^stdin$/,
      // where OpenSSL reads a password from: -pass file:/run/key, -passin env:PASS
      /^[A-Za-z][\w.-]*\\[\w.$-]+$/,
      // a Windows account: DOMAIN\user
      /^[a-z_]+=$/,
      // a keyword argument's name: help=
      /^[A-Za-z_][\w.]*[({]$/,
      // an opening call or block: gin.H{
      /^[a-z]+'[a-z]{1,2}$/i,
      // contractions: don't, it's
      /^scram-sha-\d+$|^(?:md5|sha\d*|bcrypt|pbkdf2|argon2\w*)$/i
      // hashing schemes: password_encryption = 'scram-sha-256'
    ];
    FIELD_WORDS = /* @__PURE__ */ new Set([
      ...SECRET_WORDS,
      "key",
      "auth",
      "confirmation",
      "agent",
      "type",
      "length",
      "version",
      "name",
      "value",
      "string",
      "example",
      "sample",
      "random",
      "default",
      "dummy",
      "fake"
    ]);
    RANDOM_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
    DERIVED_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[12350][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    PASSPHRASE = /^(?=.{8,128}$)[!-~\u00a1-\u00bf]+(?: [!-~\u00a1-\u00bf]+){1,11}$/;
    BADGE_CONTEXT = /\/badge(?:\.svg)?\?(?:[\w-]+=[^&\s]*&)*$/i;
    PROSE_AFTER = /^[ \t]+[A-Za-z][a-z]+(?:[ \t]+[A-Za-z(`]|[.,;:!?]?[ \t]*$)/;
    LIST_BETWEEN = /[[{][ \t]*["'\x60]$/;
    POSITIONAL = /^["'\x60]?[ \t]*,[ \t]*["'\x60]?$/;
  }
});

// src/engine/lines.ts
var LineIndex;
var init_lines = __esm({
  "src/engine/lines.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
      }
      text;
      starts;
      lineStarts() {
        if (this.starts) return this.starts;
        const starts = [0];
        let at = this.text.indexOf("\n");
        while (at !== -1) {
          starts.push(at + 1);
          at = this.text.indexOf("\n", at + 1);
        }
        this.starts = Int32Array.from(starts);
        return this.starts;
      }
      /** 0-based line number holding `offset`. */
      lineOf(offset) {
        const starts = this.lineStarts();
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return low;
      }
      /** 1-based line and column of `offset`. */
      position(offset) {
        const line = this.lineOf(offset);
        return { line: line + 1, column: offset - this.lineStarts()[line] + 1 };
      }
      /** Start and end (exclusive, before `\r\n`) offsets of a 0-based line. */
      lineBounds(line) {
        const starts = this.lineStarts();
        const start = starts[line] ?? this.text.length;
        let end = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
        if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
        return { start, end };
      }
    };
  }
});

// src/engine/path-matcher.ts
function createPathMatcher(patterns) {
  const matcher = new PathMatcher(patterns);
  return (relativePath) => matcher.matches(relativePath);
}
function parsePattern(raw) {
  let line = raw.replace(/(?<!\\)\s+$/, "");
  if (line === "" || line.startsWith("#")) return void 0;
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith("/")) {
    dirOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  if (line.startsWith("/")) line = line.slice(1);
  const basenameOnly = !anchored;
  const wild = /[*?[\\\]]/g;
  const firstWild = line.search(wild);
  const lastWild = Math.max(...[...line.matchAll(wild)].map((match) => match.index), -1);
  const head = firstWild === -1 ? line : line.slice(0, firstWild);
  const afterGlobstar = lastWild > 0 && line[lastWild] === "*" && line[lastWild - 1] === "*";
  const tail = firstWild === -1 ? line : line.slice(lastWild + (afterGlobstar && line[lastWild + 1] === "/" ? 2 : 1));
  const compiled = { regex: new RegExp(`^${globToRegex(line)}$`), negate, dirOnly, basenameOnly, head, tail };
  const literal = basenameOnly && !negate && !/[*?[\\]/.test(line) ? line : void 0;
  return literal === void 0 ? { compiled, dirOnly } : { compiled, literal, dirOnly };
}
function globToRegex(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") {
      if (glob[i + 1] === "*") {
        const atStart = i === 0 || glob[i - 1] === "/";
        const atEnd = i + 2 === glob.length || glob[i + 2] === "/";
        if (atStart && atEnd) {
          if (i + 2 === glob.length) out += ".*";
          else {
            out += "(?:.*/)?";
            i += 1;
          }
          i += 1;
          continue;
        }
        i += 1;
      }
      out += "[^/]*";
    } else if (ch === "?") {
      out += "[^/]";
    } else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end === -1) {
        out += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body.startsWith("!")) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\(?!\])/g, "\\\\")}]`;
      i = end;
    } else if (ch === "\\" && i + 1 < glob.length) {
      out += escapeRegex2(glob[i + 1]);
      i += 1;
    } else {
      out += escapeRegex2(ch);
    }
  }
  return out;
}
function escapeRegex2(ch) {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
var PathMatcher;
var init_path_matcher = __esm({
  "src/engine/path-matcher.ts"() {
    "use strict";
    PathMatcher = class {
      patterns = [];
      /** Plain names (no wildcard, no slash, no negation) when no negation follows them. */
      literalNames = /* @__PURE__ */ new Set();
      literalDirNames = /* @__PURE__ */ new Set();
      constructor(patterns) {
        const lines = typeof patterns === "string" ? patterns.split(/\r?\n/) : patterns;
        const hasNegation = lines.some((line) => line.trimStart().startsWith("!"));
        for (const line of lines) {
          const parsed = parsePattern(line);
          if (!parsed) continue;
          if (!hasNegation && parsed.literal !== void 0) {
            (parsed.dirOnly ? this.literalDirNames : this.literalNames).add(parsed.literal);
            continue;
          }
          this.patterns.push(parsed.compiled);
        }
      }
      get isEmpty() {
        return this.patterns.length === 0 && this.literalNames.size === 0 && this.literalDirNames.size === 0;
      }
      /** Whether a path (relative, `/`-separated) is matched; `isDir` for folders. */
      verdict(relativePath, isDir) {
        const slash = relativePath.lastIndexOf("/");
        const basename5 = slash >= 0 ? relativePath.slice(slash + 1) : relativePath;
        if (this.literalNames.has(basename5) || isDir && this.literalDirNames.has(basename5)) return "ignored";
        for (let i = this.patterns.length - 1; i >= 0; i--) {
          const pattern = this.patterns[i];
          if (pattern.dirOnly && !isDir) continue;
          const subject = pattern.basenameOnly ? basename5 : relativePath;
          if (!subject.startsWith(pattern.head) || !subject.endsWith(pattern.tail)) continue;
          if (pattern.regex.test(subject)) return pattern.negate ? "included" : "ignored";
        }
        return void 0;
      }
      /**
       * Whether a path is matched, itself or through a parent folder: for callers that test a
       * path out of walking order (rule `paths`, explicit files).
       */
      matches(relativePath) {
        const clean = relativePath.replace(/^\.?\/+/, "");
        if (clean === "") return false;
        const parts = clean.split("/");
        for (let i = 1; i <= parts.length; i++) {
          const isDir = i < parts.length || clean.endsWith("/");
          const prefix = parts.slice(0, i).join("/");
          if (prefix === "") continue;
          if (this.verdict(prefix, isDir) === "ignored") return true;
        }
        return false;
      }
    };
  }
});

// src/engine/inline-allow.ts
function isAllowedInline(text, lines, offset) {
  const line = lines.lineOf(offset);
  const own2 = lines.lineBounds(line);
  if (text.slice(own2.start, own2.end).includes(INLINE_ALLOW)) return true;
  if (line === 0) return false;
  const previous = lines.lineBounds(line - 1);
  return text.slice(previous.start, previous.end).includes(INLINE_ALLOW_NEXT);
}
var INLINE_ALLOW, INLINE_ALLOW_NEXT;
var init_inline_allow = __esm({
  "src/engine/inline-allow.ts"() {
    "use strict";
    INLINE_ALLOW = "leakgate:allow";
    INLINE_ALLOW_NEXT = "leakgate:allow-next-line";
  }
});

// src/engine/redact.ts
function redact(secret) {
  const keep = Math.min(6, Math.floor(secret.length / 4));
  return secret.slice(0, keep) + MASK;
}
function redactLine(line, reported, secretShaped = []) {
  const shown = reported.map((span2, index) => ({ ...clampTo(span2, line.length), index }));
  const byStart = [...shown].sort((a, b) => a.start - b.start);
  const others = secretShaped.flatMap((span2) => outside(clampTo(span2, line.length), byStart)).map((span2) => ({ ...span2, index: -1 }));
  const pieces = [...shown, ...others].filter((piece) => piece.end > piece.start || piece.index >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
  const reportedAt = reported.map(() => -1);
  let text = "";
  let cursor = 0;
  for (const piece of pieces) {
    const from = Math.max(piece.start, cursor);
    if (piece.end > from || piece.end === piece.start && piece.start >= cursor) {
      text += maskHighEntropyTokens(line.slice(cursor, from));
      if (piece.index >= 0 && from === piece.start) {
        reportedAt[piece.index] = text.length;
        if (piece.end > piece.start) text += redact(line.slice(piece.start, piece.end));
        cursor = piece.end;
        continue;
      }
      if (!text.endsWith(MASK)) text += redact(line.slice(from, piece.end));
      cursor = piece.end;
    }
    if (piece.index >= 0) reportedAt[piece.index] = Math.max(0, text.length - MASK.length);
  }
  text += maskHighEntropyTokens(line.slice(cursor));
  return { text, reportedAt };
}
function outside(span2, taken) {
  const parts = [];
  let start = span2.start;
  for (const other of taken) {
    if (other.end <= start || other.start >= span2.end) continue;
    if (other.start > start) parts.push({ start, end: other.start });
    start = Math.max(start, other.end);
  }
  if (start < span2.end) parts.push({ start, end: span2.end });
  return parts;
}
function clampTo(span2, length) {
  return { start: Math.max(0, span2.start), end: Math.min(length, span2.end) };
}
function maskHighEntropyTokens(text) {
  return text.replace(TOKEN, (token) => looksRandom(token) ? redact(token) : token);
}
function looksRandom(token) {
  const entropy = shannonEntropy(token);
  const letters = /[A-Za-z]/.test(token);
  const digits = /[0-9]/.test(token);
  if (letters && digits && entropy >= 3) return true;
  return token.length >= 32 && /[a-z]/.test(token) && /[A-Z]/.test(token) && entropy >= 4.3;
}
var MASK, TOKEN;
var init_redact = __esm({
  "src/engine/redact.ts"() {
    "use strict";
    init_entropy();
    MASK = "****";
    TOKEN = /[A-Za-z0-9+/_=-]{16,}/g;
  }
});

// src/engine/snippet.ts
function secretShapedReach(lines, line, finding) {
  const bounds = lines.lineBounds(line);
  return { start: Math.max(bounds.start, finding.start - SECRET_SHAPED_MARGIN), end: Math.min(bounds.end, finding.end + SECRET_SHAPED_MARGIN) };
}
function snippetFor(text, lines, line, finding, onLine, secretShaped = []) {
  const bounds = lines.lineBounds(line);
  const start = Math.max(bounds.start, finding.start - REDACT_RADIUS);
  const end = Math.min(bounds.end, finding.end + REDACT_RADIUS);
  const relative6 = (span2) => ({ start: span2.start - start, end: span2.end - start });
  const inReach = (span2) => span2.end > start && span2.start < end;
  const nearby = onLine.filter(inReach);
  const reported = nearby.some((span2) => span2.start === finding.start) ? nearby : [{ start: finding.start, end: finding.start }, ...nearby];
  const redacted = redactLine(text.slice(start, end), reported.map(relative6), secretShaped.filter(inReach).map(relative6));
  const at = redacted.reportedAt[reported.findIndex((span2) => span2.start === finding.start)] ?? 0;
  const out = redacted.text;
  const clippedBefore = start > bounds.start;
  const clippedAfter = end < bounds.end;
  if (out.length <= SNIPPET_RADIUS * 2 && !clippedBefore && !clippedAfter) return out;
  const from = Math.max(0, Math.min(at - SNIPPET_RADIUS, out.length - SNIPPET_RADIUS * 2));
  const to = Math.min(out.length, from + SNIPPET_RADIUS * 2);
  return (from > 0 || clippedBefore ? "\u2026" : "") + out.slice(from, to) + (to < out.length || clippedAfter ? "\u2026" : "");
}
var SNIPPET_RADIUS, REDACT_RADIUS, SECRET_SHAPED_MARGIN;
var init_snippet = __esm({
  "src/engine/snippet.ts"() {
    "use strict";
    init_redact();
    SNIPPET_RADIUS = 80;
    REDACT_RADIUS = 2048;
    SECRET_SHAPED_MARGIN = 2 * REDACT_RADIUS;
  }
});

// src/engine/decoders.ts
function decodeBase64Loose(value) {
  const clean = value.replace(/\\[nr]/g, "").replace(/[\s"']/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) return void 0;
  return Buffer.from(clean, "base64");
}
function printableText(text) {
  if (text.length === 0 || text.includes("\uFFFD")) return void 0;
  if (/[\x00-\x1f\x7f]/.test(text)) return void 0;
  return text;
}
function basicCredentialParts(secret) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return void 0;
  const text = printableText(Buffer.from(secret, "base64").toString("utf8").replace(/\r?\n$/, ""));
  if (text === void 0) return void 0;
  const colon = text.indexOf(":");
  if (colon < 0 || colon === text.length - 1) return void 0;
  if (/^[{[]/.test(text)) return void 0;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}
function basicCredential(secret) {
  const parts = basicCredentialParts(secret);
  if (!parts) return false;
  if (parts.password === parts.user) return false;
  return filterVerdict(parts.password, "slot")?.action !== "drop";
}
function basicCredentialWeak(secret) {
  const parts = basicCredentialParts(secret);
  if (!parts) return true;
  if (filterVerdict(parts.password, "slot")) return true;
  const scored = scoreSlotValue(parts.password);
  if (scored === "high" || scored === "medium") return false;
  return !(scored === "low" && parts.password.length >= 16 && !/\s/.test(parts.password));
}
function ntlmAuthenticate(secret) {
  const bytes = decodeBase64Loose(secret);
  if (!bytes || bytes.length < 28) return false;
  if (bytes.subarray(0, 8).toString("latin1") !== "NTLMSSP\0") return false;
  if (bytes.readUInt32LE(8) !== 3) return false;
  const ntLength = bytes.readUInt16LE(20);
  const ntOffset = bytes.readUInt32LE(24);
  return ntLength > 0 && ntOffset + ntLength <= bytes.length;
}
function wholeDerSequence(base642) {
  const body = base642.replace(/\\[nr]/g, "").replace(/[^A-Za-z0-9+/=]/g, "");
  const der = Buffer.from(body, "base64");
  if (der.length < 4 || der[0] !== 48) return false;
  const first = der[1];
  let total;
  if (first < 128) total = 2 + first;
  else if (first === 129) total = 3 + der[2];
  else if (first === 130) total = 4 + (der[2] << 8 | der[3]);
  else if (first === 131) total = 5 + (der[2] << 16 | der[3] << 8 | der[4]);
  else return false;
  return der.length >= total && der.length <= total + 2;
}
function base64PrivateKeyState(secret) {
  const bytes = decodeBase64Loose(secret);
  if (!bytes) return void 0;
  const text = bytes.toString("latin1");
  const pem = PEM_PRIVATE_KEY.exec(text);
  if (pem) {
    const kind = pem[1].trim();
    const complete = /-----END [A-Z0-9 ]+-----/.test(pem[0]);
    if (!complete) return "damaged";
    if (/OPENSSH|PGP|ENCRYPTED|SSH2/.test(kind) || /Proc-Type:/.test(pem[2])) return "key";
    return wholeDerSequence(pem[2]) ? "key" : "damaged";
  }
  const inner = text.replace(/\s+/g, "");
  if (DER_PRIVATE_KEY_OPENING.test(inner) && /^[A-Za-z0-9+/]+={0,2}$/.test(inner)) return wholeDerSequence(inner) ? "key" : "damaged";
  return void 0;
}
function decodeBase32(value) {
  let bits = 0;
  let buffer = 0;
  const out = [];
  for (const ch of value.replace(/=+$/, "")) {
    const index = BASE32.indexOf(ch);
    if (index < 0) return void 0;
    buffer = buffer << 5 | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push(buffer >>> bits & 255);
    }
  }
  return Buffer.from(out);
}
function crc16Xmodem(bytes) {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 32768 ? (crc << 1 ^ 4129) & 65535 : crc << 1 & 65535;
  }
  return crc;
}
function nkeySeed(secret) {
  const bytes = decodeBase32(secret);
  if (!bytes || bytes.length !== 36) return false;
  if (bytes[0] >> 3 !== 18) return false;
  const expected = crc16Xmodem(bytes.subarray(0, 34));
  return bytes.readUInt16LE(34) === expected;
}
var DER_PRIVATE_KEY_OPENING, PEM_PRIVATE_KEY, BASE32;
var init_decoders = __esm({
  "src/engine/decoders.ts"() {
    "use strict";
    init_filters();
    init_generic();
    DER_PRIVATE_KEY_OPENING = /^(?:MII[A-Za-z0-9+/]{3}IBAAK[BC]|MI[GI][A-Za-z0-9+/]{1,3}(?:AgEA|IBAD)(?:MB[AM]GByqGSM49AgE|ANBgkqhkiG9w0BAQEFAAS)|MC4CAQAwBQYDK2Vw|MHcCAQEEI|MIG[A-Za-z0-9+/]AgEBBD|MII[A-Za-z0-9+/]{3}IBAzCC)/;
    PEM_PRIVATE_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]+-----|$)/;
    BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  }
});

// src/engine/validators.ts
function crc32(value) {
  let crc = 4294967295;
  for (let i = 0; i < value.length; i++) {
    crc = CRC_TABLE[(crc ^ value.charCodeAt(i)) & 255] ^ crc >>> 8;
  }
  return (crc ^ 4294967295) >>> 0;
}
function base62(n, width) {
  let out = "";
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, "0");
}
function crc32Base62(secret) {
  const underscore = secret.indexOf("_");
  const body = secret.slice(underscore + 1, -6);
  if (body.length < 6) return false;
  return base62(crc32(body), 6) === secret.slice(-6);
}
function crc32Grafana(secret) {
  const cut = secret.lastIndexOf("_");
  if (cut < 0) return false;
  const checksum = crc32(secret.slice(0, cut));
  const littleEndian = [checksum & 255, checksum >>> 8 & 255, checksum >>> 16 & 255, checksum >>> 24];
  return littleEndian.map((b) => b.toString(16).padStart(2, "0")).join("") === secret.slice(cut + 1).toLowerCase();
}
function crc32Gitlab(secret) {
  if (!/\.[0-9a-z]{2}\.[0-9a-z]{9}$/.test(secret)) return true;
  return crc32(secret.slice(0, -7)).toString(36).padStart(7, "0") === secret.slice(-7);
}
function bech32(secret) {
  const lower = secret.toLowerCase();
  const separator = lower.lastIndexOf("1");
  if (separator < 1 || lower.length - separator < 7) return false;
  const hrp = lower.slice(0, separator);
  const values = [];
  for (const ch of lower.slice(separator + 1)) {
    const value = BECH32_CHARSET.indexOf(ch);
    if (value < 0) return false;
    values.push(value);
  }
  const generators = [996825010, 642813549, 513874426, 1027748829, 705979059];
  let checksum = 1;
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  for (const value of expanded) {
    const top = checksum >>> 25;
    checksum = (checksum & 33554431) << 5 ^ value;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) checksum ^= generators[i];
  }
  return checksum === 1;
}
function pemDer(secret) {
  return wholeDerSequence(secret.replace(/-----(?:BEGIN|END) [A-Z ]+-----/g, ""));
}
function awsStsToken(secret) {
  const bytes = decodeBase64Loose(secret);
  if (!bytes) return false;
  const header2 = bytes.subarray(0, 16).toString("latin1");
  return bytes.length >= 80 && (header2.includes("er/aws") || header2.includes("origin_ec"));
}
function base64Credential(secret) {
  return basicCredentialParts(secret) !== void 0;
}
function decodeBase64Url(part) {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return void 0;
  return Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
}
function decodesToJsonObject(part) {
  const text = decodeBase64Url(part);
  if (text === void 0) return void 0;
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function jwt(secret) {
  const header2 = decodesToJsonObject(secret.split(".")[0] ?? "");
  return header2 !== void 0 && ("alg" in header2 || "typ" in header2);
}
function jwtEdited(secret) {
  const [header2, payload] = secret.split(".");
  return decodesToJsonObject(header2 ?? "") === void 0 && decodesToJsonObject(payload ?? "") !== void 0;
}
function jwtUnsigned(secret) {
  const parts = secret.split(".");
  return parts.length < 3 || parts[2] === "";
}
function jwtWithoutClaims(secret) {
  const [header2, payload] = secret.split(".").map((part) => decodeBase64Url(part));
  try {
    const claims = JSON.parse(payload ?? "");
    if (typeof claims !== "object" || claims === null) return true;
    const headerClaims = JSON.parse(header2 ?? "{}");
    if (REGISTERED_CLAIMS.some((claim2) => claim2 in claims || claim2 in headerClaims)) return false;
    const keys = Object.keys(claims);
    return keys.length <= 2 || keys.every((key) => key.length === 1);
  } catch {
    return true;
  }
}
function base64(secret) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const bytes = Buffer.from(secret, "base64");
  let printable = 0;
  for (const byte of bytes) if (byte >= 32 && byte < 127) printable++;
  return bytes.length > 0 && printable / bytes.length < 0.95;
}
var VALIDATOR_NAMES, BASE62, CRC_TABLE, BECH32_CHARSET, REGISTERED_CLAIMS, VALIDATORS;
var init_validators = __esm({
  "src/engine/validators.ts"() {
    "use strict";
    init_decoders();
    VALIDATOR_NAMES = [
      "crc32-base62",
      "crc32-gitlab",
      "crc32-grafana",
      "bech32",
      "pem-der",
      "jwt",
      "base64",
      "base64-credential",
      "basic-auth",
      "ntlm-authenticate",
      "base64-private-key",
      "nkey-seed",
      "aws-sts-token"
    ];
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    CRC_TABLE = (() => {
      const table2 = new Uint32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        table2[n] = c >>> 0;
      }
      return table2;
    })();
    BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    REGISTERED_CLAIMS = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];
    VALIDATORS = {
      "crc32-base62": { onFail: "downgrade", check: crc32Base62 },
      "crc32-gitlab": { onFail: "downgrade", check: crc32Gitlab },
      "crc32-grafana": { onFail: "downgrade", check: crc32Grafana },
      bech32: { onFail: "downgrade", check: bech32 },
      "pem-der": { onFail: "downgrade", check: pemDer, provesStructure: true },
      "base64-credential": { onFail: "drop", check: base64Credential },
      jwt: { onFail: "drop", check: jwt, weak: (secret) => jwtUnsigned(secret) || jwtWithoutClaims(secret), edited: jwtEdited },
      base64: { onFail: "drop", check: base64 },
      // HTTP Basic: decodes to user:password whose password is not a placeholder; weak ones are low.
      "basic-auth": { onFail: "drop", check: basicCredential, weak: basicCredentialWeak },
      "ntlm-authenticate": { onFail: "drop", check: ntlmAuthenticate, provesStructure: true },
      // base64 of a PEM private key (or of a DER key): a truncated or damaged one is low.
      "base64-private-key": {
        onFail: "drop",
        check: (secret) => base64PrivateKeyState(secret) === "key",
        edited: (secret) => base64PrivateKeyState(secret) === "damaged",
        provesStructure: true
      },
      "nkey-seed": { onFail: "low", check: nkeySeed },
      // AWS STS session tokens: base64 opening with their header (\x17\n\x06er/aws, !\n\torigin_ec).
      "aws-sts-token": { onFail: "drop", check: awsStsToken, provesStructure: true }
    };
  }
});

// src/engine/ranker-model.ts
var RANKER_MODEL;
var init_ranker_model = __esm({
  "src/engine/ranker-model.ts"() {
    "use strict";
    RANKER_MODEL = {
      weights: {
        "base:high": 0.614,
        "base:high&word:key": 0.054,
        "base:high&word:password": -0.119,
        "base:high&word:secret": -0.113,
        "base:high&word:slot": 0.373,
        "base:high&word:token": 0.419,
        "base:low": -0.459,
        "base:low&word:credential": 0.089,
        "base:low&word:key": -0.137,
        "base:low&word:other": 0.096,
        "base:low&word:password": 0.32,
        "base:low&word:secret": -0.508,
        "base:low&word:slot": -0.339,
        "base:low&word:token": 0.02,
        "base:medium": 0.271,
        "base:medium&word:key": 0.014,
        "base:medium&word:password": 0.035,
        "base:medium&word:secret": -0.088,
        "base:medium&word:slot": 0.251,
        "base:medium&word:token": 0.059,
        "classes:1": 0.379,
        "classes:2": -0.196,
        "classes:3": 0.159,
        "classes:4": 0.084,
        "cpt:0": -0.081,
        "cpt:1": -0.026,
        "cpt:2": 0.171,
        "cpt:3": 0.223,
        "cpt:4": 0.5,
        "entropy:0": -0.314,
        "entropy:1": -0.251,
        "entropy:2": 0.435,
        "entropy:3": 0.421,
        "entropy:4": 0.01,
        "entropy:5": 0.125,
        "file:code": -0.167,
        "file:code&base:high": 0.18,
        "file:code&base:low": -0.392,
        "file:code&base:medium": 0.046,
        "file:config": 0.377,
        "file:config&base:high": -7e-3,
        "file:config&base:low": 0.473,
        "file:config&base:medium": -0.089,
        "file:data": 0.139,
        "file:data&base:high": 0.122,
        "file:data&base:medium": 0.014,
        "file:doc": -0.272,
        "file:doc&base:high": 0.222,
        "file:doc&base:low": -0.535,
        "file:doc&base:medium": 0.041,
        "file:noext": 0.145,
        "file:noext&base:low": 0.011,
        "file:noext&base:medium": 0.134,
        "file:other": 0.366,
        "file:other&base:high": 0.01,
        "file:other&base:low": 0.257,
        "file:other&base:medium": 0.099,
        "file:script": -0.136,
        "file:script&base:high": 0.087,
        "file:script&base:low": -0.245,
        "file:script&base:medium": 0.022,
        "file:template": -0.025,
        "file:template&base:low": -0.029,
        "has:digit": -0.047,
        "has:space": -0.36,
        "has:symbol": -0.619,
        "has:upper": 1.066,
        "len:0": -1.143,
        "len:1": -0.106,
        "len:2": 0.709,
        "len:3": 0.65,
        "len:4": 8e-3,
        "len:5": 0.119,
        "len:6": 0.189,
        "line:assertion": -0.637,
        "line:comment": 0.411,
        "line:environment": -0.078,
        "line:user": -0.329,
        "line:where": 0.263,
        "made:marker": -0.352,
        "made:pattern": -0.349,
        "made:placeholder": -0.184,
        "name:camel": -0.234,
        "name:constant": 0.519,
        "name:dotted": -0.167,
        "path:doc-example": -0.033,
        "path:example": -0.035,
        "path:test": -5e-3,
        "quoted": 0.622,
        "rule:assignment": 0.501,
        "rule:config-line": -0.36,
        "rule:slot": 0.275,
        "rule:sql": 0.208,
        "rule:url": -0.197,
        "sep:arrow": 0.131,
        "sep:colon": 0.243,
        "sep:equals": 1.344,
        "sep:other": -0.808,
        "sep:positional": -0.092,
        "sep:space": -0.563,
        "sep:xml": -0.118,
        "shape:base64": -0.137,
        "shape:digits": -0.07,
        "shape:hex": 0.296,
        "shape:letters": 0.517,
        "shape:word-digits": -0.104,
        "unquoted": -0.196,
        "value:echoes-name": -0.987,
        "value:marker": -1.127,
        "word:credential": 0.089,
        "word:key": -0.069,
        "word:other": 0.096,
        "word:password": 0.236,
        "word:secret": -0.709,
        "word:slot": 0.285,
        "word:token": 0.498
      },
      bias: 0.443,
      thresholds: { high: 0.9, medium: 0.71, low: 0.2 },
      trainedOn: "CredData development split, 1104 candidates, 54 repositories"
    };
  }
});

// src/engine/ranker.ts
function isDocumentationExample(path) {
  return path !== void 0 && EXAMPLE_DOC_PATH.test(path) && EXAMPLE_DOC_KINDS.has(fileKind(path));
}
function fileKind(path) {
  if (!path) return "none";
  const extension = extensionOf(path) ?? "";
  if (DOC_EXTENSIONS.has(extension)) return "doc";
  if (SCRIPT_EXTENSIONS.has(extension)) return "script";
  if (TEMPLATE_EXTENSIONS.has(extension)) return "template";
  if (extension === "json" || extension === "xml") return "data";
  if (isConfigPath(path)) return "config";
  if (isCodePath(path)) return "code";
  return extension === "" ? "noext" : "other";
}
function bucket(value, edges) {
  let i = 0;
  while (i < edges.length && value >= edges[i]) i++;
  return String(i);
}
function separatorKind(between) {
  const text = between.trim();
  if (text === "") return "space";
  if (/^["'`]?\s*,/.test(text)) return "positional";
  if (/\(\s*$/.test(text)) return "call";
  if (/=>/.test(text)) return "arrow";
  if (/:=|==|!=/.test(text)) return "compare-or-walrus";
  if (/=/.test(text)) return "equals";
  if (/:/.test(text)) return "colon";
  if (/>/.test(text)) return "xml";
  return "other";
}
function wordClass(word) {
  if (!word) return "other";
  if (isPasswordWord(word)) return "password";
  if (/secret/.test(word)) return "secret";
  if (/token|bearer/.test(word)) return "token";
  if (/key/.test(word)) return "key";
  if (/cred/.test(word)) return "credential";
  return "other";
}
function read(input) {
  const secretWord = input.detector === "generic" && input.name ? secretWordOfAssignee(input.name) : void 0;
  const word = input.detector !== "generic" ? "slot" : input.name ? wordClass(secretWord) : "none";
  return { secretWord, word, documentationExample: isDocumentationExample(input.path) };
}
function rankerFeatures(input, reading = read(input)) {
  const { value } = input;
  const { word } = reading;
  const features = [];
  const add = (feature) => features.push(feature);
  const rule = input.ruleId.startsWith("generic-secret-config") ? "config-line" : input.detector === "generic" ? "assignment" : /url/.test(input.ruleId) ? "url" : input.ruleId.startsWith("sql") ? "sql" : "slot";
  add(`rule:${rule}`);
  add(`word:${word}`);
  add(`base:${input.base}`);
  add(`base:${input.base}&word:${word}`);
  if (input.handMade) add(`made:${input.handMade}`);
  add(input.quoted ? "quoted" : "unquoted");
  if (input.detector === "generic") add(`sep:${separatorKind(input.between)}`);
  const kind = fileKind(input.path);
  add(`file:${kind}`);
  add(`file:${kind}&base:${input.base}`);
  if (input.path && TEST_PATH.test(input.path)) add("path:test");
  if (input.path && EXAMPLE_PATH.test(input.path)) add("path:example");
  if (reading.documentationExample) add("path:doc-example");
  if (COMMENT_LINE.test(input.line)) add("line:comment");
  const context = input.line.replace(input.value, " ");
  if (/user(?:name)?|login|account|email/i.test(context)) add("line:user");
  if (/host|url|uri|server|endpoint|database|\bdb\b|jdbc|dsn|port/i.test(context)) add("line:where");
  if (/\b(?:assert|expect|should|eq|equal|toBe|fail)/i.test(context)) add("line:assertion");
  if (/docker|-e |environment|export /i.test(context)) add("line:environment");
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(input.name)) add("name:constant");
  else if (/[a-z][A-Z]/.test(input.name)) add("name:camel");
  if (input.name.includes(".")) add("name:dotted");
  add(`len:${bucket(value.length, [6, 8, 12, 20, 32, 64])}`);
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  const symbol = /[^A-Za-z0-9]/.test(value);
  add(`classes:${Number(lower) + Number(upper) + Number(digit) + Number(symbol)}`);
  if (digit) add("has:digit");
  if (upper) add("has:upper");
  if (symbol) add("has:symbol");
  if (/^[0-9]+$/.test(value)) add("shape:digits");
  else if (/^[A-Za-z]+$/.test(value)) add("shape:letters");
  else if (/^[A-Za-z]+[0-9]+[!@#$%*.]?$/.test(value)) add("shape:word-digits");
  else if (/^[0-9a-f]+$/i.test(value) && value.length >= 16) add("shape:hex");
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && value.length >= 16) add("shape:base64");
  const entropy = shannonEntropy(value);
  add(`entropy:${bucket(entropy, [2.5, 3, 3.5, 4, 4.5])}`);
  if (value.length <= 256 && !/\s/.test(value)) add(`cpt:${bucket(charsPerToken(value), [1.6, 2.2, 3, 4])}`);
  if (/\s/.test(value)) add("has:space");
  if (VALUE_MARKERS.test(value)) add("value:marker");
  if (reading.secretWord && value.toLowerCase().includes(reading.secretWord.slice(0, 4))) add("value:echoes-name");
  return features;
}
function probabilityOf(features, model = RANKER_MODEL) {
  let z2 = model.bias;
  for (const feature of features) z2 += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z2));
}
function rankCandidate(input, model = RANKER_MODEL) {
  const reading = read(input);
  const features = rankerFeatures(input, reading);
  const probability = probabilityOf(features, model);
  const { thresholds } = model;
  let confidence = probability >= thresholds.high ? "high" : probability >= thresholds.medium ? "medium" : probability >= thresholds.low ? "low" : void 0;
  if (input.base !== "low") confidence = input.base;
  else if (confidence === "high") confidence = "medium";
  if (!confidence && input.handMade !== void 0) confidence = "low";
  const weakPassword = input.handMade === "pattern" && input.value.length >= 6 && reading.word === "password";
  const sample = reading.documentationExample && input.detector === "generic";
  if (confidence && (input.handMade !== void 0 && !weakPassword || sample)) confidence = "low";
  const evidence = features.map((feature) => ({ feature, weight: model.weights[feature] ?? 0 })).filter((entry) => entry.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, 4).map((entry) => entry.feature);
  return { confidence, probability, evidence, features };
}
var DOC_EXTENSIONS, SCRIPT_EXTENSIONS, TEMPLATE_EXTENSIONS, TEST_PATH, EXAMPLE_PATH, EXAMPLE_DOC_PATH, EXAMPLE_DOC_KINDS, COMMENT_LINE, VALUE_MARKERS;
var init_ranker = __esm({
  "src/engine/ranker.ts"() {
    "use strict";
    init_bpe();
    init_entropy();
    init_generic();
    init_ranker_model();
    DOC_EXTENSIONS = /* @__PURE__ */ new Set(["md", "markdown", "rst", "txt", "adoc", "html", "htm", "org", "tex", "ipynb"]);
    SCRIPT_EXTENSIONS = /* @__PURE__ */ new Set(["sh", "bash", "zsh", "ps1", "psm1", "bat", "cmd", "mk", "makefile"]);
    TEMPLATE_EXTENSIONS = /* @__PURE__ */ new Set(["example", "sample", "dist", "template", "tmpl", "tpl", "default", "j2", "erb"]);
    TEST_PATH = /(?:^|\/)(?:tests?|spec|specs|__tests__|fixtures?|testdata|mocks?)(?:\/|$)|[._-](?:test|spec)s?\.[a-z]+$/i;
    EXAMPLE_PATH = /(?:^|\/)(?:examples?|samples?|demos?|docs?|documentation|tutorials?|quickstart)(?:\/|$)|\bREADME/i;
    EXAMPLE_DOC_PATH = /(?:^|\/)(?:examples?|samples?)\/|(?:^|\/)examples?(?:[-_.]\d+)?\.(?:json|ya?ml)$/i;
    EXAMPLE_DOC_KINDS = /* @__PURE__ */ new Set(["doc", "data"]);
    COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--|REM\b|')/;
    VALUE_MARKERS = /test|example|demo|sample|dummy|fake|changeme|default|secret|passw|admin|root|user|guest|qwerty|12345|abc/i;
  }
});

// src/engine/engine.ts
function rawMatches(slice, window, compiled, onMatch) {
  const regex = compiled.regex ??= new RegExp(compiled.rule.regex, `${compiled.rule.flags ?? ""}gd`);
  regex.lastIndex = 0;
  let match;
  while ((match = regex.exec(slice)) !== null) {
    if (match[0] === "") {
      regex.lastIndex += 1;
      continue;
    }
    if (window.clippedStart && match.index === 0 || window.clippedEnd && match.index + match[0].length === slice.length) continue;
    const groups = match.indices?.groups;
    const span2 = groups ? groups["secret"] ?? groups["secret2"] : match.indices?.[1] ?? match.indices?.[0];
    if (!span2) continue;
    const start = window.start + span2[0];
    const end = window.start + span2[1];
    if (end <= start) continue;
    const nameSpan = groups?.["name"] ?? groups?.["name2"];
    onMatch(start, end, window.start + (nameSpan ? nameSpan[0] : match.index));
  }
}
function requirementsMet(slice, requires) {
  let lower;
  for (const literal of requires) {
    if (!/[a-z]/.test(literal)) {
      if (!slice.includes(literal)) return false;
    } else if (!(lower ??= slice.toLowerCase()).includes(literal)) {
      return false;
    }
  }
  return true;
}
function lineAround(text, start, end, cache2) {
  if (start >= cache2.start && end <= cache2.end) return cache2;
  cache2.start = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd2 = text.indexOf("\n", end);
  cache2.end = lineEnd2 === -1 ? text.length : lineEnd2;
  return cache2;
}
function windowAround(text, start, end, before, after, cache2) {
  const line = lineAround(text, start, end, cache2);
  let lineStart2 = line.start;
  for (let n = 0; n < before && lineStart2 > 0; n++) lineStart2 = text.lastIndexOf("\n", lineStart2 - 2) + 1;
  let lineEnd2 = line.end;
  for (let n = 0; n < after && lineEnd2 < text.length; n++) {
    const next = text.indexOf("\n", lineEnd2 + 1);
    lineEnd2 = next === -1 ? text.length : next;
  }
  const window = { start: lineStart2, end: lineEnd2, clippedStart: false, clippedEnd: false };
  if (lineEnd2 - lineStart2 > LONG_LINE) {
    const clipAfter = after > 0 ? CLIP_AFTER_MULTILINE : CLIP_AFTER;
    if (start - lineStart2 > CLIP_BEFORE) {
      window.start = start - CLIP_BEFORE;
      window.clippedStart = true;
    }
    if (lineEnd2 - end > clipAfter) {
      window.end = end + clipAfter;
      window.clippedEnd = true;
    }
  }
  return window;
}
function identifierAround(text, at) {
  const isNameChar = (code2) => code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 === 95 || code2 === 45 || code2 === 46;
  let from = at;
  while (from > 0 && isNameChar(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
function specificityRank(rule) {
  const keyword = Math.min(63, Math.max(...rule.keywords.map((k) => k.length)));
  return (rule.priority + 10) * 1024 + DETECTOR_RANK[rule.detector] + keyword * 4;
}
function outranks(a, b) {
  if (a.offFormat || b.offFormat) {
    if (a.compiled.rule.priority !== b.compiled.rule.priority) return a.compiled.rule.priority > b.compiled.rule.priority;
    const onFormat = (c) => c.compiled.rule.detector === "pattern" && !c.offFormat;
    if (onFormat(a) !== onFormat(b)) return onFormat(a);
    if (a.confidence !== b.confidence) return CONFIDENCE_RANK[a.confidence] > CONFIDENCE_RANK[b.confidence];
    const isPattern = (c) => c.compiled.rule.detector === "pattern";
    if (isPattern(a) !== isPattern(b)) return isPattern(a);
  }
  const isGeneric = (c) => c.compiled.rule.detector === "generic";
  if (isGeneric(a) !== isGeneric(b)) return isGeneric(b);
  return a.compiled.rank + CONFIDENCE_RANK[a.confidence] > b.compiled.rank + CONFIDENCE_RANK[b.confidence];
}
function resolveOverlaps(candidates) {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const candidate of candidates) {
    let dominated = false;
    for (let i = kept.length - 1; i >= 0; i--) {
      const other = kept[i];
      if (other.end <= candidate.start) break;
      if (!outranks(candidate, other)) {
        dominated = true;
        break;
      }
      kept.splice(i, 1);
    }
    if (!dominated) kept.push(candidate);
  }
  return kept;
}
var CONFIDENCE_RANK, EVIDENCE, LOWER_CONFIDENCE, DIGEST_LABEL, LONG_LINE, CLIP_BEFORE, CLIP_AFTER, CLIP_AFTER_MULTILINE, Engine, FORMAT_RANK, DETECTOR_RANK;
var init_engine = __esm({
  "src/engine/engine.ts"() {
    "use strict";
    init_continuations();
    init_aho_corasick();
    init_entropy();
    init_filters();
    init_fingerprint();
    init_generic();
    init_lines();
    init_path_matcher();
    init_inline_allow();
    init_redact();
    init_snippet();
    init_validators();
    init_ranker();
    CONFIDENCE_RANK = { low: 1, medium: 2, high: 3 };
    EVIDENCE = { pattern: "format", value: "slot", generic: "name" };
    LOWER_CONFIDENCE = { high: "medium", medium: "low", low: "low" };
    DIGEST_LABEL = /(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[=:-]$/i;
    LONG_LINE = 4096;
    CLIP_BEFORE = 1024;
    CLIP_AFTER = 3072;
    CLIP_AFTER_MULTILINE = 32768;
    Engine = class {
      rules;
      compiled;
      automaton;
      /** Keyword id -> indexes of the rules that keyword gates. */
      keywordRules;
      keywordLengths;
      /**
       * Keyword id -> the exact-case forms that count, when every rule it gates wants its case
       * (`exactKeywords`): a hit in another case is skipped before any rule is looked at.
       */
      keywordForms;
      allowRegexes;
      stopwords;
      ranker;
      constructor(rules, options = {}) {
        this.rules = rules;
        this.compiled = rules.map((rule) => ({
          rule,
          regex: void 0,
          allow: void 0,
          stopwords: rule.stopwords.map((word) => word.toLowerCase()),
          validator: rule.validate ? VALIDATORS[rule.validate] : void 0,
          appliesTo: rule.paths ? createPathMatcher(rule.paths) : void 0,
          before: rule.window?.before ?? 0,
          after: rule.window?.after ?? 0,
          exactForms: rule.exactKeywords ? rule.keywords : void 0,
          requires: rule.requires.map((literal) => literal.toLowerCase()),
          exact: void 0,
          rank: specificityRank(rule)
        }));
        const keywordIds = /* @__PURE__ */ new Map();
        this.keywordRules = [];
        const forms = [];
        rules.forEach((rule, ruleIndex) => {
          for (const keyword of new Set(rule.keywords)) {
            const lower = keyword.toLowerCase();
            let id = keywordIds.get(lower);
            if (id === void 0) {
              id = keywordIds.size;
              keywordIds.set(lower, id);
              this.keywordRules.push([]);
              forms.push(/* @__PURE__ */ new Set());
            }
            const rulesOfKeyword = this.keywordRules[id];
            if (rulesOfKeyword[rulesOfKeyword.length - 1] !== ruleIndex) rulesOfKeyword.push(ruleIndex);
            if (!rule.exactKeywords) forms[id] = null;
            else forms[id]?.add(keyword);
          }
        });
        this.keywordForms = forms.map((set) => set ? [...set] : void 0);
        const keywords = [...keywordIds.keys()];
        this.keywordLengths = keywords.map((k) => k.length);
        this.automaton = new KeywordAutomaton(keywords);
        this.allowRegexes = (options.allowRegexes ?? []).map((source) => new RegExp(source));
        this.stopwords = (options.stopwords ?? []).map((word) => word.toLowerCase());
        this.ranker = options.ranker;
      }
      scanText(text, options = {}) {
        const path = options.path;
        const candidates = this.candidatesIn(text, path);
        const joined = joinContinuations(text);
        if (joined) {
          for (const c of this.candidatesIn(joined.text, path)) {
            if (!joined.crossesJoin(c.from, c.end)) continue;
            c.value = joined.text.slice(c.start, c.end);
            c.start = joined.toOriginal(c.start);
            c.end = joined.toOriginal(c.end - 1) + 1;
            candidates.push(c);
          }
        }
        if (candidates.length === 0) return [];
        return this.toFindings(text, resolveOverlaps(candidates), options);
      }
      candidatesIn(text, path) {
        const candidates = [];
        const windowsByRule = this.collectWindows(text, path);
        windowsByRule.forEach((windows, ruleIndex) => {
          const compiled = this.compiled[ruleIndex];
          for (const window of windows) this.matchWindow(text, window, compiled, path, candidates);
        });
        return candidates;
      }
      /**
       * One Aho-Corasick pass; for every rule with a keyword hit, the merged line windows its
       * regex will see. Hits already inside the current window cost nothing more.
       */
      collectWindows(text, path, everyPath = false) {
        const windowsByRule = /* @__PURE__ */ new Map();
        const pathChecked = /* @__PURE__ */ new Map();
        const lineCache = { start: -1, end: -1 };
        this.automaton.scan(text, (keyword, end) => {
          const start = end - this.keywordLengths[keyword];
          const exactForms = this.keywordForms[keyword];
          if (exactForms !== void 0 && !exactForms.some((form) => text.startsWith(form, start))) return;
          for (const ruleIndex of this.keywordRules[keyword]) {
            const compiled = this.compiled[ruleIndex];
            if (exactForms === void 0 && compiled.exactForms && !compiled.exactForms.some((form) => text.startsWith(form, start))) continue;
            if (compiled.appliesTo && !everyPath) {
              let applies = pathChecked.get(ruleIndex);
              if (applies === void 0) {
                applies = path !== void 0 && compiled.appliesTo(path);
                pathChecked.set(ruleIndex, applies);
              }
              if (!applies) continue;
            }
            let windows = windowsByRule.get(ruleIndex);
            const last = windows?.[windows.length - 1];
            if (last && start >= last.start && end <= last.end) continue;
            const window = windowAround(text, start, end, compiled.before, compiled.after, lineCache);
            if (!windows) {
              windows = [];
              windowsByRule.set(ruleIndex, windows);
            }
            if (last && window.start <= last.end) {
              if (window.end > last.end) {
                last.end = window.end;
                last.clippedEnd = window.clippedEnd;
              }
            } else {
              windows.push(window);
            }
          }
        });
        return windowsByRule;
      }
      matchWindow(text, window, compiled, path, out) {
        const slice = text.slice(window.start, window.end);
        if (compiled.requires.length > 0 && !requirementsMet(slice, compiled.requires)) return;
        rawMatches(slice, window, compiled, (start, end, nameAt) => {
          const judgement = this.judge(text, start, end, nameAt, compiled, path);
          if (judgement) out.push({ compiled, from: nameAt, start, end, ...judgement });
        });
      }
      /**
       * Every span some rule's regex captures in `text[from, to)`, ungated: no path rule, filter,
       * entropy, validator, allow list or confidence threshold. The snippet redactor masks these,
       * so a value the engine saw on a shown line but did not report is never printed.
       */
      secretShapedSpans(text, from = 0, to = text.length) {
        const region = text.slice(from, to);
        const spans = [];
        this.collectWindows(region, void 0, true).forEach((windows, ruleIndex) => {
          const compiled = this.compiled[ruleIndex];
          for (const window of windows) {
            rawMatches(region.slice(window.start, window.end), window, compiled, (start, end) => spans.push({ start: from + start, end: from + end }));
          }
        });
        return spans;
      }
      /**
       * The gates a captured secret must pass; returns its confidence, or undefined to drop it. The
       * filters' verdict comes first: certainly-not-secrets are dropped, hand-made values (which
       * have low entropy by construction, so the entropy gate does not apply) end at `low`.
       */
      judge(text, start, end, nameAt, compiled, path) {
        const { rule } = compiled;
        const secret = text.slice(start, end);
        if (DIGEST_LABEL.test(text.slice(Math.max(0, start - 8), start))) return void 0;
        const name = rule.detector === "generic" ? identifierAround(text, nameAt) : "";
        const evidence = rule.detector === "generic" && namesPassword(name) ? "password" : EVIDENCE[rule.detector];
        let verdict = filterVerdict(secret, evidence);
        if (verdict?.action === "drop") return void 0;
        if ((verdict?.reason === "repeat" || verdict?.reason === "marker") && compiled.validator?.provesStructure && compiled.validator.check(secret)) {
          verdict = void 0;
        }
        const handMade = verdict !== void 0;
        if (!handMade && rule.entropy !== void 0 && shannonEntropy(secret) < rule.entropy) return void 0;
        let confidence = rule.confidence;
        if (compiled.validator) {
          if (!compiled.validator.check(secret)) {
            if (compiled.validator.edited?.(secret)) confidence = "low";
            else if (compiled.validator.onFail === "drop") return void 0;
            else confidence = compiled.validator.onFail === "low" ? "low" : LOWER_CONFIDENCE[confidence];
          } else if (compiled.validator.weak?.(secret)) {
            confidence = "low";
          }
        }
        compiled.allow ??= rule.allow.map((source) => new RegExp(source, rule.flags ?? ""));
        if (compiled.allow.some((regex) => regex.test(secret)) || this.allowRegexes.some((regex) => regex.test(secret))) return void 0;
        if (compiled.stopwords.length > 0 || this.stopwords.length > 0) {
          const lower = secret.toLowerCase();
          if (compiled.stopwords.some((w) => lower.includes(w)) || this.stopwords.some((w) => lower.includes(w))) return void 0;
        }
        const quote = text[start - 1];
        const quoted = (quote === '"' || quote === "'" || quote === "`") && text[end] === quote;
        let between = "";
        if (rule.detector === "generic") {
          const nameStart = text.lastIndexOf(name, nameAt);
          const before = text.slice(Math.max(0, nameStart - 40), nameStart);
          const lineEnd3 = text.indexOf("\n", end);
          const after = text.slice(end, Math.min(lineEnd3 === -1 ? text.length : lineEnd3, end + 40));
          between = text.slice(nameStart + name.length, start);
          const generic = scoreGenericSecret({ name, before, between, value: secret, after, quoted, quote: quoted ? quote : void 0, path });
          if (!generic) return void 0;
          if (CONFIDENCE_RANK[generic] < CONFIDENCE_RANK[confidence]) confidence = generic;
        } else if (rule.detector === "value" && !handMade) {
          const slotScore = scoreSlotValue(secret);
          if (!slotScore) return void 0;
          const scored = slotScore === "low" ? rule.weakValues : slotScore;
          if (CONFIDENCE_RANK[scored] < CONFIDENCE_RANK[confidence]) confidence = scored;
        }
        let offFormat = false;
        if (rule.exact !== void 0) {
          compiled.exact ??= new RegExp(`^(?:${rule.exact})$`, rule.flags ?? "");
          offFormat = !compiled.exact.test(secret);
          if (offFormat) confidence = "low";
        }
        if (handMade) confidence = "low";
        if (rule.detector === "value" && confidence !== "high" && isDocumentationExample(path)) return { confidence: "low", offFormat };
        if (rule.detector === "pattern" || this.ranker === false) return { confidence, offFormat };
        const lineStart2 = text.lastIndexOf("\n", start - 1) + 1;
        const lineEnd2 = text.indexOf("\n", end);
        const line = text.slice(Math.max(lineStart2, start - 200), Math.min(lineEnd2 === -1 ? text.length : lineEnd2, end + 200));
        const ranked = rankCandidate(
          { detector: rule.detector, ruleId: rule.id, value: secret, name, quoted, between, path, line, base: confidence, handMade: verdict?.reason },
          this.ranker
        );
        if (!ranked.confidence) return void 0;
        const ceiling = CONFIDENCE_RANK[ranked.confidence] > CONFIDENCE_RANK[rule.confidence] ? rule.confidence : ranked.confidence;
        return { confidence: ceiling, offFormat, ranked: { probability: ranked.probability, evidence: ranked.evidence, features: ranked.features } };
      }
      toFindings(text, candidates, options) {
        const minRank = CONFIDENCE_RANK[options.minConfidence ?? "medium"];
        const lines = new LineIndex(text);
        const checkInlineAllow = text.includes(INLINE_ALLOW);
        const shouldRedact = options.redact ?? true;
        const kept = candidates.filter((c) => {
          if (CONFIDENCE_RANK[c.confidence] < minRank) return false;
          return !(checkInlineAllow && isAllowedInline(text, lines, c.start));
        });
        const byLine = /* @__PURE__ */ new Map();
        for (const c of kept) {
          const line = lines.lineOf(c.start);
          const group = byLine.get(line);
          if (group) group.push(c);
          else byLine.set(line, [c]);
        }
        const seenOnLine = /* @__PURE__ */ new Map();
        const secretShapedOn = (line, group) => {
          let spans = seenOnLine.get(line);
          if (!spans) {
            const reach = secretShapedReach(lines, line, { start: group[0].start, end: group[group.length - 1].end });
            spans = this.secretShapedSpans(text, reach.start, reach.end);
            seenOnLine.set(line, spans);
          }
          return spans;
        };
        return kept.map((c) => {
          const { rule } = c.compiled;
          const secret = c.value ?? text.slice(c.start, c.end);
          const from = lines.position(c.start);
          const to = lines.position(c.end);
          const finding = {
            ruleId: rule.id,
            message: rule.description,
            severity: rule.severity,
            confidence: c.confidence,
            file: options.path ?? "",
            line: from.line,
            column: from.column,
            endLine: to.line,
            endColumn: to.column,
            secret: shouldRedact ? redact(secret) : secret,
            fingerprint: fingerprintOf(rule.id, secret),
            origin: options.origin ?? "text",
            snippet: snippetFor(text, lines, from.line - 1, c, byLine.get(from.line - 1) ?? [c], secretShapedOn(from.line - 1, byLine.get(from.line - 1) ?? [c]))
          };
          if (rule.tags.length > 0) finding.tags = rule.tags;
          if (c.ranked) {
            finding.details = { probability: Math.round(c.ranked.probability * 1e3) / 1e3, evidence: c.ranked.evidence };
            if (options.explain) finding.details["features"] = c.ranked.features;
          }
          return finding;
        });
      }
    };
    FORMAT_RANK = 512;
    DETECTOR_RANK = { pattern: FORMAT_RANK, value: FORMAT_RANK / 2, generic: 0 };
  }
});

// src/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function isInside(rel) {
  return !rel.startsWith("..") && !isAbsolute(rel) && !/^[A-Za-z]:/.test(rel);
}
function displayPath(absolute, cwd) {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  return toPosix(isInside(rel) ? rel : absolute);
}
function isWithin(base, absolute) {
  const rel = relative(base, absolute);
  return rel === "" || isInside(rel);
}
function pathFromBase(base, absolute) {
  const rel = relative(base, absolute);
  if (!isInside(rel) || resolve(base, rel) !== absolute) return toPosix(absolute.replace(/^([A-Za-z]:)?[\\/]+/, ""));
  return toPosix(rel);
}
var init_paths = __esm({
  "src/paths.ts"() {
    "use strict";
  }
});

// src/rules/regex-safety.ts
import { Worker } from "node:worker_threads";
function checkRegexSafety(source, flags, options = {}) {
  try {
    new RegExp(source, `${flags}gd`);
  } catch (error2) {
    return `invalid regex: ${error2.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "")}`;
  }
  let tokens;
  try {
    tokens = tokenize(source);
  } catch (error2) {
    return `invalid regex: ${error2.message}`;
  }
  const leading = options.scansLines === false ? void 0 : firstConsumingToken(tokens);
  if (leading?.isClass && leading.quantifier && (leading.quantifier.min !== leading.quantifier.max || leading.quantifier.max > 1)) {
    return "regex starts with a quantified character class, which is retried at every offset; start it at the keyword or a literal prefix";
  }
  const nested = findNestedUnboundedQuantifier(tokens);
  if (nested !== void 0) {
    return `regex has a nested unbounded quantifier at offset ${nested} (like (a+)+), which can backtrack exponentially; bound the inner or the outer repetition`;
  }
  return void 0;
}
function tokenize(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const offset = i;
    if (ch === "\\") {
      const next = source[i + 1];
      if (next === void 0) throw new Error("trailing backslash");
      if (ANCHOR_ESCAPES.has(next)) {
        tokens.push({ kind: "anchor", offset });
        i += 2;
        continue;
      }
      i = skipEscape(source, i);
      tokens.push({ kind: "atom", offset, isClass: SHORTHAND_CLASSES.has(next) || next === "p" || next === "P" });
    } else if (ch === "[") {
      i = skipClass(source, i);
      tokens.push({ kind: "atom", offset, isClass: true });
    } else if (ch === "(") {
      if (source.startsWith("(?=", i) || source.startsWith("(?!", i)) i += 3;
      else if (source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) i += 4;
      else if (source.startsWith("(?:", i)) i += 3;
      else if (source.startsWith("(?<", i)) i = source.indexOf(">", i) + 1;
      else i += 1;
      tokens.push({ kind: "open", offset });
      continue;
    } else if (ch === ")") {
      tokens.push({ kind: "close", offset });
      i += 1;
    } else if (ch === "|") {
      tokens.push({ kind: "alt", offset });
      i += 1;
      continue;
    } else if (ch === "^" || ch === "$") {
      tokens.push({ kind: "anchor", offset });
      i += 1;
      continue;
    } else {
      tokens.push({ kind: "atom", offset, isClass: ch === "." });
      i += 1;
    }
    const parsed = readQuantifier(source, i);
    if (parsed) {
      tokens[tokens.length - 1].quantifier = parsed.quantifier;
      i = parsed.end;
    }
  }
  return tokens;
}
function skipEscape(source, i) {
  const next = source[i + 1];
  if (next === "u" && source[i + 2] === "{") return source.indexOf("}", i) + 1;
  if (next === "u") return i + 6;
  if (next === "x") return i + 4;
  if ((next === "p" || next === "P") && source[i + 2] === "{") return source.indexOf("}", i) + 1;
  if (next === "k" && source[i + 2] === "<") return source.indexOf(">", i) + 1;
  if (next === "c") return i + 3;
  return i + 2;
}
function skipClass(source, i) {
  let j = i + 1;
  if (source[j] === "^") j += 1;
  if (source[j] === "]") j += 1;
  while (j < source.length && source[j] !== "]") {
    j += source[j] === "\\" ? 2 : 1;
  }
  if (j >= source.length) throw new Error("unterminated character class");
  return j + 1;
}
function readQuantifier(source, i) {
  const ch = source[i];
  let quantifier;
  let end = i + 1;
  if (ch === "*") quantifier = { min: 0, max: Infinity };
  else if (ch === "+") quantifier = { min: 1, max: Infinity };
  else if (ch === "?") quantifier = { min: 0, max: 1 };
  else if (ch === "{") {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!match) return void 0;
    const min = Number(match[1]);
    const max = match[2] === void 0 ? min : match[3] === "" ? Infinity : Number(match[3]);
    quantifier = { min, max };
    end = i + match[0].length;
  }
  if (!quantifier) return void 0;
  if (source[end] === "?") end += 1;
  return { quantifier, end };
}
function firstConsumingToken(tokens) {
  for (const token of tokens) {
    if (token.kind === "open" || token.kind === "anchor") continue;
    if (token.kind === "atom") return token;
    return void 0;
  }
  return void 0;
}
function findNestedUnboundedQuantifier(tokens) {
  const isUnbounded = (q) => q !== void 0 && q.max === Infinity;
  const stack = [];
  for (const token of tokens) {
    if (token.kind === "open") {
      stack.push({ offset: token.offset, innerUnbounded: false });
    } else if (token.kind === "close") {
      const group = stack.pop();
      if (!group) return void 0;
      if (group.innerUnbounded && isUnbounded(token.quantifier)) return group.offset;
      const parent = stack[stack.length - 1];
      if (parent && (group.innerUnbounded || isUnbounded(token.quantifier))) parent.innerUnbounded = true;
    } else if (token.kind === "atom" && isUnbounded(token.quantifier)) {
      const parent = stack[stack.length - 1];
      if (parent) parent.innerUnbounded = true;
    }
  }
  return void 0;
}
function probeRegexSpeeds(probes, budgetMs = 50, timeoutMs = 3e3) {
  if (probes.length === 0) return void 0;
  const state = new Int32Array(new SharedArrayBuffer(16));
  const worker = new Worker(`(${probeInWorker.toString()})(require('node:worker_threads').workerData)`, {
    eval: true,
    workerData: { probes: probes.map((p) => ({ ...p, keywords: [...p.keywords] })), state, budgetMs }
  });
  const outcome = Atomics.wait(state, 0, 0, timeoutMs);
  void worker.terminate();
  const probe = probes[Atomics.load(state, 1)];
  if (outcome === "timed-out") {
    return `${probe?.id}: regex is too slow: it did not finish ${timeoutMs} ms of adversarial lines; it backtracks, so bound its repetitions`;
  }
  if (Atomics.load(state, 0) === 2) {
    return `${probe?.id}: regex is too slow: ${Atomics.load(state, 3)} ms on one ${Atomics.load(state, 2)}-character adversarial line (budget ${budgetMs} ms); it backtracks, so bound its repetitions`;
  }
  return void 0;
}
function probeInWorker(data) {
  const { probes, state, budgetMs } = data;
  const fillers = ["a", "A1", " ", "=", '"', "a=", "x/", "-", "0", ".", "\\", "	", ":", "_"];
  for (let index = 0; index < probes.length; index++) {
    Atomics.store(state, 1, index);
    const probe = probes[index];
    const regex = new RegExp(probe.source, `${probe.flags}g`);
    const lead = probe.keywords[0] ?? "";
    for (let length = 16; length <= 4096; length *= 2) {
      for (const filler of fillers) {
        for (const prefix of [lead, `${lead} = "`, `${lead}: `, `${lead}${lead}`, `${lead}\xA7`]) {
          const text = `${prefix}${filler.repeat(Math.ceil(length / filler.length))}${prefix.length % 2 === 0 ? "!" : "\xA7"}`;
          let elapsed = Infinity;
          for (let run2 = 0; run2 < 3 && elapsed > budgetMs; run2++) {
            const started = performance.now();
            regex.lastIndex = 0;
            let match;
            while ((match = regex.exec(text)) !== null) {
              if (match[0] === "") regex.lastIndex += 1;
            }
            elapsed = Math.min(elapsed, performance.now() - started);
          }
          if (elapsed > budgetMs) {
            Atomics.store(state, 2, length);
            Atomics.store(state, 3, Math.round(elapsed));
            Atomics.store(state, 0, 2);
            Atomics.notify(state, 0);
            return;
          }
        }
      }
    }
  }
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
}
var SHORTHAND_CLASSES, ANCHOR_ESCAPES;
var init_regex_safety = __esm({
  "src/rules/regex-safety.ts"() {
    "use strict";
    SHORTHAND_CLASSES = /* @__PURE__ */ new Set(["d", "D", "w", "W", "s", "S"]);
    ANCHOR_ESCAPES = /* @__PURE__ */ new Set(["b", "B"]);
  }
});

// src/types.ts
var SEVERITIES, CONFIDENCES;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low", "info"];
    CONFIDENCES = ["high", "medium", "low"];
  }
});

// src/rules/assignment.ts
function caseless(fragment) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < fragment.length; i++) {
    const ch = fragment[i];
    if (ch === "\\") {
      out += ch + (fragment[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      const end = fragment[i + 2];
      if (/[a-z]/i.test(ch) && fragment[i + 1] === "-" && end !== void 0 && /[a-z]/i.test(end)) {
        out += `${ch.toLowerCase()}-${end.toLowerCase()}${ch.toUpperCase()}-${end.toUpperCase()}`;
        i += 2;
        continue;
      }
      out += /[a-z]/i.test(ch) ? ch.toLowerCase() + ch.toUpperCase() : ch;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      out += ch;
      continue;
    }
    if (ch === "(" && fragment[i + 1] === "?") {
      const match = /^\(\?(?:<[A-Za-z]\w*>|<=|<!|[:=!])/.exec(fragment.slice(i));
      if (match) {
        out += match[0];
        i += match[0].length - 1;
        continue;
      }
    }
    out += /[a-zA-Z]/.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return out;
}
function assignmentRegex(spec) {
  const name = caseless(spec.name);
  const suffix = `[\\w.-]{0,${spec.nameSuffix ?? 40}}?`;
  const start = spec.wordStart === false ? "" : WORD_START;
  const end = spec.wordStart === false ? "" : WORD_END;
  const forward = `${start}(?<name>${name})${end}${suffix}(?:${SEPARATOR})${OPEN}(?<secret>${spec.value})${VALUE_END}`;
  const reversed = `["'\`](?<secret2>${spec.value})["'\`][ \\t]*(?:={2,3}|!==?)[ \\t]*[\\w.$>-]{0,40}?${start}(?<name2>${name})${end}`;
  return `${forward}|${reversed}`;
}
var WORD_START, WORD_END, VALUE_END, SEPARATOR, LIST_OPEN, OPEN;
var init_assignment = __esm({
  "src/rules/assignment.ts"() {
    "use strict";
    WORD_START = String.raw`(?:(?<![A-Za-z])|(?<=[a-z0-9])(?=[A-Z]))`;
    WORD_END = String.raw`(?![a-z])`;
    VALUE_END = String.raw`(?=["'\x60\s;,)&|}\]]|<\/|\\[nrt]|$)`;
    SEPARATOR = [
      // Operators, after an optional closing quote or bracket: "name": v, config['name'] = v, name := v,
      // and C array declarators: char name[] = "v", char name[32] = "v".
      String.raw`(?:\[\d{0,6}\])?["'\x60]?\]?[ \t]*(?:={1,3}|!==?|:{1,3}=|[?.+]=|\|\|=|=>|:(?![:/\\]))`,
      // A command-line option and its argument: --password v, --api-key v, PowerShell's -Password v
      // (--name=v is an operator).
      String.raw`(?=[ \t]+[^\s|&;<>-])(?<=(?:^|[\s"'])--?[\w-]{1,80})[ \t]+`,
      // Dockerfile's legacy form, ENV NAME value (ENV NAME=value is an operator).
      String.raw`(?=[ \t]+[^\s=])(?<=(?:^|\n)[ \t]*ENV[ \t]+[\w.-]{1,120})[ \t]+`,
      // Go and TypeScript declarations: var name string = v, name: string = v.
      String.raw`(?:[ \t]*:[ \t]*|[ \t]+)(?:string|String|str)[ \t]*=`,
      // A quoted name then its value as the next argument: setProperty("name", "v").
      String.raw`["'\x60][ \t]*,`,
      // A setter or builder call with a literal, possibly decoded first: setPassword("v"),
      // .password("v"), withApiKey('v'), setCipherKey(Base64.decode("v")).
      // The parenthesis follows the name directly: `the password ('x' is ...)` is prose.
      String.raw`\((?:[ \t]*[\w.]{1,40}\()?(?=[ \t]*[@bBrRuU]?["'\x60])`,
      // XML key/value attributes: <add key="name" value="v"/>.
      String.raw`["'][ \t]+(?:value|content)[ \t]*=`,
      // An XML element whose text is the value, possibly on the next line: <name>v</name>.
      // The element must close after the value, so prose such as `<user>:<password>@<host>` is not one.
      String.raw`(?=>)(?<=<[\w:.-]{1,80})>\s{0,40}(?=[^<\s][^<\n]{0,300}?\s{0,40}<\/)`,
      // Juxtaposition with a quoted value: password "v";
      String.raw`[ \t]+(?=["'])`
    ].join("|");
    LIST_OPEN = String.raw`(?:(?:new[ \t]+[\w.]*)?(?:\[\][\w.]*)?[\[{][ \t]*(?=(?:"[^"\s=]*"|'[^'\s=]*')[ \t]*[,\]}]))?`;
    OPEN = String.raw`[ \t]*(?:(?:new[ \t]+)?[A-Z][A-Za-z]{1,24}\((?=(?:"[^"\n]*"|'[^'\n]*')\)))?${LIST_OPEN}(?:[@bBrRuUf](?=["']))?["'\x60]?`;
  }
});

// src/rules/schema.ts
function describeIssues(error2, where) {
  const [prefix, ...trail] = where.split(": ");
  const base = trail.join(": ");
  const issues = error2.issues.map((issue2) => {
    const path = issue2.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("");
    const at = `${base}${path}`.replace(/^\./, "");
    return at ? `${at}: ${issue2.message}` : issue2.message;
  });
  return `${prefix}: ${issues.join("; ")}`;
}
var ExampleSchema, RegexString, RuleObjectSchema, RuleSchema, RuleFileSchema;
var init_schema = __esm({
  "src/rules/schema.ts"() {
    "use strict";
    init_zod();
    init_zod();
    init_types();
    init_validators();
    init_assignment();
    init_regex_safety();
    ExampleSchema = union([
      nonEmpty(),
      strictObject({
        text: nonEmpty(),
        secret: described(optional(nonEmpty()), "The exact secret the rule must capture from `text` (secret examples only)."),
        path: described(optional(nonEmpty()), "Scan the text as if it were this file (for rules limited by `paths`)."),
        confidence: described(optional(_enum(CONFIDENCES)), "The confidence the rule must report it at (secret examples only).")
      })
    ]);
    RegexString = nonEmpty;
    RuleObjectSchema = strictObject({
      id: string2().check(_regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "must be kebab-case: lowercase letters, digits and dashes")),
      description: string2().check(_minLength(3)),
      regex: described(
        optional(RegexString()),
        "JavaScript regex source. The secret is the named group `secret`, else the first group, else the match. A rule has `regex` or `assignment`."
      ),
      exact: described(
        optional(RegexString()),
        "The provider's exact format, a regex the whole secret must match (`ghp_[A-Za-z0-9]{36}`); the rule's `regex` may then find a looser candidate by the provider's prefix, and one that misses the exact format (truncated, hand-edited, a variant) is reported at low confidence."
      ),
      assignment: described(
        optional(
          strictObject({
            name: described(RegexString(), "Regex fragment that must occur in the assignee name, matched case-insensitively (`asana`, `(?:twitter|tw)`)."),
            value: described(RegexString(), "Regex fragment for the value (case-sensitive, no capturing groups): `[0-9]{16}`."),
            nameSuffix: described(optional(int().check(_gte(0), _lte(80))), "Name characters allowed after the fragment (default 40)."),
            wordStart: described(optional(boolean2()), "The fragment must start a word of the name: ETSY_KEY, myEtsyKey, not SetSysctl (default true).")
          })
        ),
        "Instead of `regex`: the secret is a value assigned to a name containing `name`, in any syntax the assignment grammar knows (code, YAML, JSON, INI, .env, XML, ...)."
      ),
      requires: described(
        _default(array(nonEmpty()), []),
        "Case-insensitive literals that must all occur in the line window before the regex runs: a cheap second check for rules with a common keyword."
      ),
      priority: described(
        _default(int().check(_gte(-10), _lte(10)), 0),
        "Where two rules report overlapping spans, the higher priority wins (then the more specific rule: longer keyword, pattern over generic)."
      ),
      /** Extra regex flags: any of `i`, `s`, `m`, `u`. `g` and `d` are added by the engine. */
      flags: optional(string2().check(_regex(/^[imsu]*$/, "only the flags i, m, s and u are allowed"))),
      /** Case-insensitive literals, at least one of which must occur near a match (the prefilter). */
      keywords: array(string2().check(_minLength(2, "a keyword needs at least 2 characters"), _regex(/^[\x20-\x7e]+$/, "keywords are printable ASCII"))).check(_minLength(1, "a rule needs at least one keyword for the prefilter")),
      exactKeywords: described(
        _default(boolean2(), false),
        "Keywords must occur with their exact case (the prefilter folds case, then each hit is checked): for keywords that are not words, such as the base64 openings of a Discord bot token."
      ),
      /** Lines around a keyword's line that the regex may see (multi-line formats such as PEM keys). */
      window: optional(
        strictObject({
          before: _default(int().check(_gte(0), _lte(50)), 0),
          after: _default(int().check(_gte(0), _lte(400)), 0)
        })
      ),
      entropy: described(optional(number2().check(_gte(0), _lte(8))), "Minimum Shannon entropy (bits per character) of the captured secret."),
      validate: described(optional(_enum(VALIDATOR_NAMES)), "A named structural check of the secret (checksum, decodable header, ...)."),
      detector: described(
        _default(_enum(["pattern", "generic", "value"]), "pattern"),
        "What judges a match: `pattern` trusts the format (the filters still apply); `generic` also checks that the assignee name names a secret and scores the value; `value` scores the value alone (a password in a URL or a curl -u argument)."
      ),
      weakValues: described(
        _default(_enum(CONFIDENCES), "low"),
        "Detector `value`: the confidence of a word-like or weak value in this slot. `low` by default; `medium` where the slot itself says a person set a password (ConvertTo-SecureString -AsPlainText)."
      ),
      allow: described(_default(array(RegexString()), []), "Regexes (with the rule's flags): a secret matching any of them is not reported."),
      stopwords: described(_default(array(nonEmpty()), []), "Case-insensitive substrings: a secret containing any of them is not reported."),
      paths: described(optional(array(nonEmpty())), "Gitignore-style globs: the rule only runs on matching paths."),
      severity: _default(_enum(SEVERITIES), "high"),
      confidence: _default(_enum(CONFIDENCES), "high"),
      tags: _default(array(nonEmpty()), []),
      examples: _default(
        strictObject({
          secret: _default(array(ExampleSchema), []),
          clean: _default(array(ExampleSchema), [])
        }),
        { secret: [], clean: [] }
      )
    });
    RuleSchema = pipe(
      RuleObjectSchema.check(
        superRefine((rule, ctx) => {
          if (rule.regex === void 0 === (rule.assignment === void 0)) {
            ctx.addIssue({ code: "custom", path: ["regex"], message: "a rule needs exactly one of `regex` and `assignment`" });
            return;
          }
          const regex = rule.regex ?? assignmentRegex(rule.assignment);
          for (const [field, sources] of [
            ["regex", [regex]],
            ["exact", rule.exact === void 0 ? [] : [rule.exact]],
            ["allow", rule.allow]
          ]) {
            sources.forEach((source, index) => {
              const problem = checkRegexSafety(source, rule.flags ?? "", { scansLines: field === "regex" });
              if (problem) {
                ctx.addIssue({
                  code: "custom",
                  path: field === "allow" ? [field, index] : [field],
                  message: problem
                });
              }
            });
          }
        })
      ),
      transform(({ regex, window, ...rule }) => ({
        ...rule,
        regex: regex ?? assignmentRegex(rule.assignment),
        // An assignment's value may sit on the line after its name: <token>\n  value\n</token>.
        window: window ?? (rule.assignment ? { before: 0, after: 2 } : void 0)
      }))
    );
    RuleFileSchema = strictObject({
      $schema: optional(string2()),
      rules: array(RuleSchema).check(_minLength(1))
    });
  }
});

// src/rules/load.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync3 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { join } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function parseYaml(text) {
  return require2("yaml").parse(text);
}
function loadBuiltinRules(directory = BUILTIN_RULES_DIR) {
  if (directory === BUILTIN_RULES_DIR) {
    if (!builtinCache && existsSync2(BUILTIN_RULES_JSON)) builtinCache = JSON.parse(readFileSync3(BUILTIN_RULES_JSON, "utf8"));
    builtinCache ??= loadRuleDirectory(directory);
    return builtinCache;
  }
  return loadRuleDirectory(directory);
}
function loadRuleDirectory(directory) {
  const files = readdirSync(directory).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  const rules = [];
  for (const name of files) rules.push(...loadRuleFile(join(directory, name)));
  assertUniqueIds(rules, directory);
  return rules;
}
function loadRuleFile(file) {
  let data;
  try {
    data = parseYaml(readFileSync3(file, "utf8"));
  } catch (error2) {
    throw new LeakgateError(`${file}: cannot read rule file: ${error2.message.split("\n")[0]}`);
  }
  const parsed = RuleFileSchema.safeParse(data);
  if (!parsed.success) throw new LeakgateError(describeIssues(parsed.error, file));
  return parsed.data.rules;
}
function assertUniqueIds(rules, where) {
  const seen = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new LeakgateError(`${where}: duplicate rule id "${rule.id}"`);
    seen.add(rule.id);
  }
}
var BUILTIN_RULES_DIR, BUILTIN_RULES_JSON, require2, builtinCache;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    init_errors();
    init_schema();
    BUILTIN_RULES_DIR = fileURLToPath2(new URL("../../rules/", import.meta.url));
    BUILTIN_RULES_JSON = fileURLToPath2(new URL("../builtin-rules.json", import.meta.url));
    require2 = createRequire2(import.meta.url);
  }
});

// src/terraform/rules.ts
function terraformRule(id) {
  return TERRAFORM_RULES.find((rule) => rule.id === id);
}
var TERRAFORM_RULES, TERRAFORM_RULE_IDS;
var init_rules = __esm({
  "src/terraform/rules.ts"() {
    "use strict";
    TERRAFORM_RULES = [
      {
        id: "terraform-state-exposure",
        description: "Secret copied into Terraform state that is not encrypted with a key you control",
        severity: "high",
        locates: "block",
        help: "Terraform stores every attribute of every data source and resource in state, in plain text. A secret-bearing data source or resource (e.g. aws_secretsmanager_secret_version, random_password) in a module whose state is local (high), not requested to be encrypted or on a backend whose protection is unknown (medium), or only encrypted by the cloud provider's default (info, hidden unless terraform.showInfo) puts the secret in reach of anyone who can read the state. Fix: read it with the matching ephemeral resource (Terraform >= 1.10) and pass it to write-only arguments (*_wo with *_wo_version, Terraform >= 1.11), or keep state in an encrypted backend (s3 with encrypt = true and kms_key_id, HCP Terraform, OpenTofu state encryption).",
        tags: ["terraform", "state"]
      },
      {
        id: "terraform-committed-state",
        description: "Terraform state or plan file committed to the repository",
        severity: "critical",
        locates: "file",
        help: "State (*.tfstate, *.tfstate.backup, .terraform/terraform.tfstate) and plan files hold every secret the configuration touched, in plain text, whatever the backend. Fix: remove the file from the repository (git rm --cached) and from its history, rotate the secrets it held, and add *.tfstate, *.tfstate.*, *.tfplan and .terraform/ to .gitignore.",
        tags: ["terraform", "state"]
      },
      {
        id: "terraform-hardcoded-secret",
        description: "Hardcoded secret in a Terraform attribute",
        severity: "high",
        locates: "secret",
        help: "A literal secret in a resource, data source, provider, backend, module call or locals block is in the repository for good. Fix: pass it in through a sensitive (or ephemeral) variable, read it from a secret manager with an ephemeral resource, or give providers and backends their credentials through the environment (AWS_ACCESS_KEY_ID, ARM_CLIENT_SECRET, GOOGLE_CREDENTIALS, VAULT_TOKEN, ...).",
        tags: ["terraform", "hygiene"]
      },
      {
        id: "terraform-secret-variable-default",
        description: "Secret variable with a hardcoded default value",
        severity: "high",
        locates: "secret",
        help: "A default on a secret variable is a hardcoded secret. Fix: remove the default and supply the value at run time (TF_VAR_name, a secret manager, CI secrets).",
        tags: ["terraform", "hygiene"]
      },
      {
        id: "terraform-tfvars-secret",
        description: "Secret value in a Terraform variable definitions file",
        severity: "high",
        locates: "secret",
        help: "terraform.tfvars and *.auto.tfvars are loaded automatically and are easily committed. Fix: keep secrets out of .tfvars files (supply them as TF_VAR_name from a secret manager or CI secrets), and add *.tfvars and *.tfvars.json to .gitignore.",
        tags: ["terraform", "hygiene"]
      },
      {
        id: "terraform-variable-not-sensitive",
        description: "Secret-named variable without sensitive = true",
        severity: "low",
        locates: "block",
        help: "Without sensitive = true Terraform prints the value in plan and apply output (and so in CI logs). Fix: add sensitive = true, or ephemeral = true (Terraform >= 1.10) when the value only feeds write-only arguments or providers, which also keeps it out of state.",
        tags: ["terraform", "hygiene"]
      },
      {
        id: "terraform-output-not-sensitive",
        description: "Output exposes a secret without sensitive = true",
        severity: "medium",
        locates: "block",
        help: "An output of a secret attribute without sensitive = true is printed by plan, apply and terraform output, and passed on unmarked by child modules. Fix: add sensitive = true to the output, or stop exporting the secret.",
        tags: ["terraform", "hygiene"]
      },
      {
        id: "terraform-nonsensitive-secret",
        description: "nonsensitive() removes the sensitive mark from a secret",
        severity: "medium",
        locates: "block",
        help: "nonsensitive() makes Terraform print the value in plan and apply output. It is meant for values derived from a secret that no longer reveal it (a hash). Fix: remove nonsensitive(), or apply it only to such a derived value (e.g. sha256(...)).",
        tags: ["terraform", "hygiene"]
      }
    ];
    TERRAFORM_RULE_IDS = TERRAFORM_RULES.map((rule) => rule.id);
  }
});

// src/config/parse.ts
import { parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { extname } from "node:path";
function parseConfigText(file, text, shownAs) {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return parseJson(text, shownAs, false);
  if (ext === ".jsonc") return parseJson(text, shownAs, true);
  if (ext === "" && /^\uFEFF?\s*\{/.test(text)) return parseJson(text, shownAs, false);
  return parseYamlConfig(text, shownAs);
}
function parseJson(text, shownAs, lenient) {
  const body = text.replace(/^\uFEFF/, "");
  const errors = [];
  const value = parseJsonc(body, errors, { disallowComments: !lenient, allowTrailingComma: lenient, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return value;
  const { line, column } = lineColumnAt(body, first.offset);
  const code2 = printParseErrorCode(first.error);
  let problem = JSON_PROBLEMS[code2] ?? code2;
  if (!lenient && isTrailingComma(body, first.offset)) problem = "trailing comma (not allowed in JSON; name the file .jsonc to allow it)";
  else if (!lenient && code2 === "InvalidCommentToken") problem += " (name the file .jsonc to allow them)";
  throw new LeakgateError(`${shownAs}:${line}:${column}: invalid JSON: ${problem}`);
}
function isTrailingComma(text, offset) {
  const char = text[offset];
  return (char === "}" || char === "]") && text.slice(0, offset).trimEnd().endsWith(",");
}
function parseYamlConfig(text, shownAs) {
  try {
    return parseYaml(text);
  } catch (error2) {
    const position = error2.linePos?.[0];
    const where = position ? `${shownAs}:${position.line}:${position.col}` : shownAs;
    const reason = (error2.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new LeakgateError(`${where}: invalid YAML: ${reason}`);
  }
}
function lineColumnAt(text, offset) {
  let line = 1;
  let lineStart2 = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart2 = i + 1;
    }
  }
  return { line, column: offset - lineStart2 + 1 };
}
var JSON_PROBLEMS;
var init_parse3 = __esm({
  "src/config/parse.ts"() {
    "use strict";
    init_errors();
    init_load();
    JSON_PROBLEMS = {
      InvalidSymbol: "unexpected character",
      InvalidNumberFormat: "invalid number",
      PropertyNameExpected: "expected a property name in double quotes",
      ValueExpected: "expected a value",
      ColonExpected: 'expected ":"',
      CommaExpected: 'expected "," or the end of the list',
      CloseBraceExpected: 'expected "}"',
      CloseBracketExpected: 'expected "]"',
      EndOfFileExpected: "unexpected text after the end",
      InvalidCommentToken: "comments are not allowed in JSON",
      UnexpectedEndOfComment: "unterminated comment",
      UnexpectedEndOfString: "unterminated string",
      UnexpectedEndOfNumber: "unterminated number",
      InvalidUnicode: "invalid unicode escape",
      InvalidEscapeCharacter: "invalid escape character",
      InvalidCharacter: "invalid character in a string"
    };
  }
});

// src/config/schema.ts
var nonEmptyStrings, ConfigSchema;
var init_schema2 = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_zod();
    init_zod();
    init_schema();
    init_types();
    nonEmptyStrings = () => _default(array(nonEmpty()), []);
    ConfigSchema = strictObject({
      $schema: optional(string2()),
      useDefaultRules: described(_default(boolean2(), true), "Start from the built-in rule pack (default true); false runs only `rules`."),
      rules: described(_default(array(RuleSchema), []), "Custom rules, in the same schema as the built-in pack; a rule with a built-in's id replaces it."),
      disabledRules: described(nonEmptyStrings(), "Ids of rules to turn off."),
      exclude: described(nonEmptyStrings(), "Gitignore-style globs, relative to the config file's folder, of paths never scanned."),
      allow: _default(
        strictObject({
          regexes: described(nonEmptyStrings(), "A secret matching any of these (case-sensitive) regexes is never reported."),
          stopwords: described(nonEmptyStrings(), "A secret containing any of these (case-insensitive) is never reported.")
        }),
        { regexes: [], stopwords: [] }
      ),
      maxFileSize: described(
        optional(union([int().check(_positive()), nonEmpty()])),
        'Files larger than this are skipped and reported: bytes, or a size such as "5MiB".'
      ),
      minConfidence: described(optional(_enum(CONFIDENCES)), 'Lowest confidence reported (default "medium").'),
      terraform: described(
        _default(
          strictObject({
            assumeStateEncryption: described(
              _default(boolean2(), false),
              "State encryption is set up outside the code (OpenTofu TF_ENCRYPTION, a wrapper script): no state exposure findings."
            ),
            showInfo: described(
              _default(boolean2(), false),
              "Also report info findings: secrets in state that only the cloud provider's default encryption protects (gcs, azurerm backends)."
            )
          }),
          { assumeStateEncryption: false, showInfo: false }
        ),
        "Terraform analysis settings."
      )
    });
  }
});

// src/config/size.ts
function parseSize(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return void 0;
  const unit = UNITS[match[2].toLowerCase()];
  if (unit === void 0) return void 0;
  const bytes = Math.round(Number(match[1]) * unit);
  return bytes > 0 ? bytes : void 0;
}
var UNITS;
var init_size = __esm({
  "src/config/size.ts"() {
    "use strict";
    UNITS = {
      "": 1,
      b: 1,
      k: 1024,
      kb: 1e3,
      kib: 1024,
      m: 1024 ** 2,
      mb: 1e3 ** 2,
      mib: 1024 ** 2,
      g: 1024 ** 3,
      gb: 1e3 ** 3,
      gib: 1024 ** 3
    };
  }
});

// src/config/load.ts
import { existsSync as existsSync3, statSync } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { basename, dirname, resolve as resolve2 } from "node:path";
function configLoaders(cwd) {
  const loadText = (file, content) => parseConfigText(file, content, displayPath(file, cwd));
  const loadModule = (file) => {
    let loaded;
    try {
      loaded = createRequire3(file)(file);
    } catch (error2) {
      throw new LeakgateError(`${displayPath(file, cwd)}: cannot load the config module: ${firstLine(error2.message)}`);
    }
    return loaded && typeof loaded === "object" && "default" in loaded ? loaded.default : loaded;
  };
  return { ".json": loadText, ".jsonc": loadText, ".yaml": loadText, ".yml": loadText, ".mjs": loadModule, ".js": loadModule, ".cjs": loadModule, noExt: loadText };
}
function discoveryLoaders(cwd) {
  const loaders = configLoaders(cwd);
  const mark = (file, content) => basename(file) === "package.json" ? loaders[".json"](file, content) : FOUND;
  return Object.fromEntries(Object.keys(loaders).map((ext) => [ext, mark]));
}
function configExplorer(stopDir, loaders) {
  return (0, import_lilconfig.lilconfigSync)("leakgate", {
    searchPlaces: CONFIG_SEARCH_PLACES,
    loaders,
    // lilconfig's own cache would keep answers for the process's lifetime; callers cache with mtimes.
    cache: false,
    ...stopDir ? { stopDir } : {}
  });
}
function searchStart(cwd) {
  return existsSync3(cwd) && statSync(cwd).isFile() ? dirname(cwd) : cwd;
}
function repositoryRoot(from) {
  let dir = from;
  for (; ; ) {
    if (existsSync3(resolve2(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadConfigSync(options = {}) {
  const cwd = resolve2(options.cwd ?? process.cwd());
  const from = resolve2(cwd, options.from ?? ".");
  if (options.noConfig) return resolveConfig(ConfigSchema.parse({}), void 0, cwd, cwd);
  if (options.inline !== void 0) {
    const parsed2 = ConfigSchema.safeParse(options.inline);
    if (!parsed2.success) throw new LeakgateError(describeIssues(withKeySuggestions(parsed2.error), "inline config"));
    return resolveConfig(parsed2.data, void 0, cwd, cwd, "inline config");
  }
  let found;
  try {
    if (options.configFile) {
      const file = resolve2(cwd, options.configFile);
      if (!existsSync3(file)) throw new LeakgateError(`config file not found: ${options.configFile}`);
      found = configExplorer(void 0, configLoaders(cwd)).load(file);
    } else {
      const start = searchStart(from);
      found = configExplorer(repositoryRoot(start), configLoaders(cwd)).search(start);
    }
  } catch (error2) {
    if (error2 instanceof LeakgateError) throw error2;
    throw new LeakgateError(`cannot read the config file${options.configFile ? ` ${options.configFile}` : ""}: ${describeFsError(error2)}`);
  }
  if (!found) return resolveConfig(ConfigSchema.parse({}), void 0, cwd, cwd);
  if (found.isEmpty || found.config === void 0 || found.config === null) {
    return resolveConfig(ConfigSchema.parse({}), found.filepath, dirname(found.filepath), cwd);
  }
  const parsed = ConfigSchema.safeParse(found.config);
  if (!parsed.success) throw new LeakgateError(describeIssues(withKeySuggestions(parsed.error), displayPath(found.filepath, cwd)));
  return resolveConfig(parsed.data, found.filepath, dirname(found.filepath), cwd);
}
function findConfigFileSync(cwd, options = {}) {
  const start = searchStart(resolve2(cwd));
  try {
    return configExplorer(repositoryRoot(start), discoveryLoaders(options.shownFrom ?? start)).search(start)?.filepath;
  } catch (error2) {
    if (error2 instanceof LeakgateError) throw error2;
    throw new LeakgateError(`cannot read the config file: ${describeFsError(error2)}`);
  }
}
async function loadConfig(options = {}) {
  return loadConfigSync(options);
}
function resolveConfig(config2, file, baseDir, cwd, label = "config") {
  const where = file ? displayPath(file, cwd) : label;
  const warnings = [];
  const custom = config2.rules;
  assertUniqueIds(custom, `${where}: rules`);
  const slow = probeRegexSpeeds(custom.map((rule) => ({ id: `rule "${rule.id}"`, source: rule.regex, flags: rule.flags ?? "", keywords: rule.keywords })));
  if (slow) throw new LeakgateError(`${where}: ${slow}`);
  config2.allow.regexes.forEach((source, index) => {
    const problem = checkRegexSafety(source, "", { scansLines: false });
    if (problem) throw new LeakgateError(`${where}: allow.regexes[${index}]: ${problem}`);
  });
  const slowAllow = probeRegexSpeeds([
    ...custom.flatMap((rule) => rule.allow.map((source, i) => ({ id: `rule "${rule.id}" allow[${i}]`, source, flags: rule.flags ?? "", keywords: [""] }))),
    ...config2.allow.regexes.map((source, i) => ({ id: `allow.regexes[${i}]`, source, flags: "", keywords: [""] }))
  ]);
  if (slowAllow) throw new LeakgateError(`${where}: ${slowAllow}`);
  const builtins = config2.useDefaultRules ? loadBuiltinRules() : [];
  const customIds = new Set(custom.map((rule) => rule.id));
  const known = /* @__PURE__ */ new Set([...builtins.map((rule) => rule.id), ...customIds, ...TERRAFORM_RULE_IDS]);
  for (const id of config2.disabledRules) {
    if (!known.has(id)) warnings.push(`${where}: disabledRules names an unknown rule "${id}"`);
  }
  const disabled = new Set(config2.disabledRules);
  const rules = [...builtins.filter((rule) => !customIds.has(rule.id)), ...custom].filter((rule) => !disabled.has(rule.id));
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (config2.maxFileSize !== void 0) {
    const size = parseSize(config2.maxFileSize);
    if (size === void 0) throw new LeakgateError(`${where}: maxFileSize: not a size: ${String(config2.maxFileSize)}`);
    maxFileSize = size;
  }
  const resolved = {
    baseDir,
    rules,
    allow: { regexes: config2.allow.regexes, stopwords: config2.allow.stopwords },
    exclude: [...DEFAULT_EXCLUDES, ...config2.exclude],
    maxFileSize,
    minConfidence: config2.minConfidence ?? "medium",
    terraform: {
      assumeStateEncryption: config2.terraform.assumeStateEncryption,
      showInfo: config2.terraform.showInfo,
      disabledRules: config2.disabledRules.filter((id) => TERRAFORM_RULE_IDS.includes(id))
    },
    warnings
  };
  if (file) resolved.file = file;
  return resolved;
}
function createEngine(config2) {
  return new Engine(config2.rules, { allowRegexes: config2.allow.regexes, stopwords: config2.allow.stopwords });
}
function excludesOutside(config2) {
  const defaults = new Set(DEFAULT_EXCLUDES);
  return config2.exclude.filter((pattern) => defaults.has(pattern));
}
function createExcludeMatcher(config2) {
  const inside = new PathMatcher(config2.exclude);
  const outside2 = new PathMatcher(excludesOutside(config2));
  return (absolutePath) => (isWithin(config2.baseDir, absolutePath) ? inside : outside2).matches(pathFromBase(config2.baseDir, absolutePath));
}
function withKeySuggestions(error2) {
  for (const issue2 of error2.issues) {
    if (issue2.code !== "unrecognized_keys") continue;
    const known = knownKeysAt(issue2.path);
    issue2.message = issue2.keys.map((key) => {
      const suggestion = didYouMean(key, known);
      return `unknown key "${key}"${suggestion ? `, did you mean "${suggestion}"?` : known.length > 0 ? ` (known keys: ${known.join(", ")})` : ""}`;
    }).join("; ");
  }
  return error2;
}
function knownKeysAt(path) {
  let schema = ConfigSchema;
  for (const segment of [...path, void 0]) {
    for (; ; ) {
      const def = schema.def;
      if (def?.type === "default" || def?.type === "optional" || def?.type === "nullable") schema = def.innerType;
      else if (def?.type === "pipe") schema = def.in;
      else if (def?.type === "array" && typeof segment === "number") {
        schema = def.element;
        break;
      } else break;
    }
    if (segment === void 0 || typeof segment === "number") continue;
    schema = schema.shape?.[segment];
  }
  const shape = schema?.shape;
  return shape ? Object.keys(shape).filter((key) => key !== "$schema") : [];
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}
var import_lilconfig, DEFAULT_MAX_FILE_SIZE, DEFAULT_EXCLUDES, CONFIG_SEARCH_PLACES, FOUND;
var init_load2 = __esm({
  "src/config/load.ts"() {
    "use strict";
    import_lilconfig = __toESM(require_src(), 1);
    init_zod();
    init_did_you_mean();
    init_errors();
    init_engine();
    init_path_matcher();
    init_paths();
    init_regex_safety();
    init_load();
    init_schema();
    init_rules();
    init_parse3();
    init_schema2();
    init_size();
    DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
    DEFAULT_EXCLUDES = [
      ".git/",
      "package-lock.json",
      "npm-shrinkwrap.json",
      "yarn.lock",
      "pnpm-lock.yaml",
      "bun.lock",
      "bun.lockb",
      "go.sum",
      "Cargo.lock",
      "poetry.lock",
      "Pipfile.lock",
      "uv.lock",
      "composer.lock",
      "Gemfile.lock",
      "packages.lock.json",
      "gradle.lockfile",
      "flake.lock",
      ".terraform.lock.hcl"
    ];
    CONFIG_SEARCH_PLACES = [
      "package.json",
      ".leakgaterc",
      ".leakgaterc.json",
      ".leakgaterc.jsonc",
      ".leakgaterc.yaml",
      ".leakgaterc.yml",
      "leakgate.config.json",
      "leakgate.config.jsonc",
      "leakgate.config.yaml",
      "leakgate.config.yml",
      "leakgate.config.mjs",
      "leakgate.config.js",
      "leakgate.config.cjs"
    ];
    FOUND = /* @__PURE__ */ Symbol("found");
  }
});

// src/cache/file-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync6, renameSync as renameSync2, statSync as statSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname as dirname3, join as join3, resolve as resolve6 } from "node:path";
function cacheFilePath(cwd, location) {
  if (!location) return join3(cwd, DEFAULT_CACHE_FILE);
  const path = resolve6(cwd, location);
  if (/[\\/]$/.test(location)) return join3(path, DEFAULT_CACHE_FILE);
  try {
    if (statSync3(path).isDirectory()) return join3(path, DEFAULT_CACHE_FILE);
  } catch {
  }
  return path;
}
function cacheKey(config2, scan) {
  const inputs = { version: VERSION, format: CACHE_FORMAT, rules: config2.rules, allow: config2.allow, scan: { ...scan, record: void 0 } };
  return createHash3("sha256").update(JSON.stringify(inputs)).digest("hex");
}
var DEFAULT_CACHE_FILE, CACHE_FORMAT, RACY_WINDOW_MS, FileCache;
var init_file_cache = __esm({
  "src/cache/file-cache.ts"() {
    "use strict";
    init_errors();
    init_version();
    DEFAULT_CACHE_FILE = ".leakgatecache";
    CACHE_FORMAT = 1;
    RACY_WINDOW_MS = 2e3;
    FileCache = class _FileCache {
      constructor(path, key, previous) {
        this.path = path;
        this.key = key;
        this.entries = new Map(previous ? Object.entries(previous.files) : []);
        this.racyAfter = previous ? previous.writtenAt - RACY_WINDOW_MS : 0;
        this.terraform = previous?.terraform;
      }
      path;
      key;
      entries;
      racyAfter;
      terraform;
      /** Whether anything was recorded since the cache was read (an unchanged tree writes nothing). */
      dirty = false;
      /** Opens the cache at `path`; a missing, unreadable or outdated cache is an empty one. */
      static open(path, key) {
        let previous;
        try {
          const parsed = JSON.parse(readFileSync6(path, "utf8"));
          if (parsed.format === CACHE_FORMAT && parsed.key === key && typeof parsed.files === "object" && typeof parsed.writtenAt === "number") {
            previous = parsed;
          }
        } catch {
        }
        return new _FileCache(path, key, previous);
      }
      /**
       * The cached findings of a file whose size and time are unchanged (so it need not be read),
       * or undefined; then `task` carries the cached content hash for the scanner to compare.
       */
      lookup(task) {
        const entry = this.entries.get(task.absolutePath);
        if (!entry || entry.displayPath !== task.displayPath) return void 0;
        let stat;
        try {
          stat = statSync3(task.absolutePath);
        } catch {
          return void 0;
        }
        if (stat.size === entry.bytes && stat.mtimeMs === entry.mtimeMs && entry.mtimeMs < this.racyAfter) return { findings: entry.findings ?? [], bytes: entry.bytes };
        task.knownHash = entry.hash;
        return void 0;
      }
      /** Records what a batch found; returns the findings of files whose content was unchanged (not scanned again). */
      update(records, findings) {
        const byFile = /* @__PURE__ */ new Map();
        for (const finding of findings) {
          const list = byFile.get(finding.file);
          if (list) list.push(finding);
          else byFile.set(finding.file, [finding]);
        }
        const reused = [];
        if (records.length > 0) this.dirty = true;
        for (const record of records) {
          const previous = this.entries.get(record.absolutePath);
          const fileFindings = (record.unchanged && previous ? previous.findings : byFile.get(record.displayPath)) ?? [];
          if (record.unchanged) reused.push(...fileFindings);
          const entry = { displayPath: record.displayPath, bytes: record.bytes, mtimeMs: record.mtimeMs, hash: record.hash };
          if (fileFindings.length > 0) entry.findings = fileFindings;
          this.entries.set(record.absolutePath, entry);
        }
        return reused;
      }
      /**
       * What identifies the Terraform files of a scan (paths, sizes, times) and the analysis settings,
       * with the newest file time (racy files are not trusted); undefined when a file is unreadable.
       */
      terraformDigest(files, stateFiles, settings) {
        const hash = createHash3("sha256").update(JSON.stringify(settings));
        let newest = 0;
        for (const file of files) {
          let stat;
          try {
            stat = statSync3(file.absolutePath);
          } catch {
            return void 0;
          }
          newest = Math.max(newest, stat.mtimeMs);
          hash.update(`\0${file.absolutePath}\0${file.displayPath}\0${stat.size}\0${stat.mtimeMs}`);
        }
        for (const file of stateFiles) hash.update(`\0state\0${file.displayPath}`);
        return { digest: hash.digest("hex"), newestMtimeMs: newest };
      }
      terraformAnalysis(digest) {
        if (!digest || digest.newestMtimeMs >= this.racyAfter) return void 0;
        return this.terraform?.digest === digest.digest ? this.terraform.analysis : void 0;
      }
      setTerraformAnalysis(digest, analysis) {
        const trusted = digest && digest.newestMtimeMs < Date.now() - RACY_WINDOW_MS;
        this.terraform = trusted ? { digest: digest.digest, analysis: { findings: analysis.findings, warnings: analysis.warnings, judgedLiterals: analysis.judgedLiterals } } : void 0;
        this.dirty = true;
      }
      /** Writes the cache if anything changed (atomically: a half-written cache must never be read back as valid). */
      save() {
        if (!this.dirty) return;
        const file = {
          format: CACHE_FORMAT,
          key: this.key,
          writtenAt: Date.now(),
          files: Object.fromEntries(this.entries),
          ...this.terraform ? { terraform: this.terraform } : {}
        };
        const temporary = `${this.path}.${process.pid}.tmp`;
        try {
          mkdirSync(dirname3(this.path), { recursive: true });
          writeFileSync3(temporary, JSON.stringify(file));
          renameSync2(temporary, this.path);
        } catch (error2) {
          throw new LeakgateError(`cannot write the cache ${this.path}: ${error2.code ?? error2.message}`);
        }
      }
    };
  }
});

// src/sources/sort-findings.ts
function sortFindings(findings) {
  findings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
var init_sort_findings = __esm({
  "src/sources/sort-findings.ts"() {
    "use strict";
  }
});

// src/sources/decode.ts
function sniffEncoding(bytes) {
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return bytes[2] === 0 && bytes[3] === 0 ? "binary" : "utf-16le";
    if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  }
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (bytes.subarray(0, end).indexOf(0) === -1) return "utf-8";
  let evenNuls = 0;
  let oddNuls = 0;
  const units = end >> 1;
  for (let i = 0; i + 1 < end; i += 2) {
    const even = bytes[i] === 0;
    const odd = bytes[i + 1] === 0;
    if (even && odd) return "binary";
    if (even) evenNuls++;
    else if (odd) oddNuls++;
  }
  if (evenNuls === 0 && oddNuls >= units * MIN_NUL_SHARE) return "utf-16le";
  if (oddNuls === 0 && evenNuls >= units * MIN_NUL_SHARE) return "utf-16be";
  return "binary";
}
function decodeAs(bytes, encoding) {
  if (encoding === "utf-8") return utf8.decode(bytes);
  if (encoding === "utf-16le") return utf16le.decode(bytes);
  const even = bytes.length & ~1;
  const swapped = Buffer.from(bytes.subarray(0, even));
  swapped.swap16();
  return utf16le.decode(swapped) + (even < bytes.length ? "\uFFFD" : "");
}
function decodeBytes(bytes) {
  const encoding = sniffEncoding(bytes);
  if (encoding === "binary") return void 0;
  return { text: decodeAs(bytes, encoding), encoding };
}
var BINARY_SNIFF_BYTES, MIN_NUL_SHARE, utf8, utf16le;
var init_decode = __esm({
  "src/sources/decode.ts"() {
    "use strict";
    BINARY_SNIFF_BYTES = 8192;
    MIN_NUL_SHARE = 0.3;
    utf8 = new TextDecoder("utf-8");
    utf16le = new TextDecoder("utf-16le");
  }
});

// src/shard/shard.ts
function parseShard(value) {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count2 = match ? Number(match[2]) : NaN;
  if (!match || count2 < 1 || count2 > MAX_SHARDS || index < 1 || index > count2) {
    throw new LeakgateError(`--shard expects K/N with 1 <= K <= N <= ${MAX_SHARDS}, e.g. 2/4 (got "${value}")`);
  }
  return { index, count: count2 };
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
function shardOfPath(path, count2) {
  return fnv1a(path) % count2 + 1;
}
function shardOfObject(oid, count2) {
  return Number.parseInt(oid.slice(0, 8), 16) % count2 + 1;
}
function holdsPath(shard, path) {
  return !shard || shard.count === 1 || shardOfPath(path, shard.count) === shard.index;
}
function holdsObject(shard, oid) {
  return !shard || shard.count === 1 || shardOfObject(oid, shard.count) === shard.index;
}
function runsWholeTreeAnalyses(shard) {
  return !shard || shard.index === 1;
}
var MAX_SHARDS;
var init_shard = __esm({
  "src/shard/shard.ts"() {
    "use strict";
    init_errors();
    MAX_SHARDS = 4096;
  }
});

// src/sources/read.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { constants as bufferConstants } from "node:buffer";
function specialFileKind(stat) {
  if (stat.isFile()) return void 0;
  if (stat.isFIFO()) return "a named pipe (FIFO), never opened";
  if (stat.isSocket()) return "a socket, never opened";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device, never read";
  return "not a regular file";
}
function openRegularFile(path, maxFileSize) {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error2) {
    const kind = safeKind(path);
    return { skip: { reason: "unreadable", detail: kind ?? errorCode(error2) } };
  }
  let skip;
  try {
    const stat = fstatSync(fd);
    const kind = specialFileKind(stat);
    if (kind) skip = { reason: "unreadable", detail: kind };
    else if (stat.size > maxFileSize) skip = { reason: "too-large", detail: `${stat.size} bytes` };
    else return { fd, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error2) {
    skip = { reason: "unreadable", detail: errorCode(error2) };
  }
  closeSync(fd);
  return { skip };
}
function safeKind(path) {
  try {
    return specialFileKind(lstatSync(path));
  } catch {
    return void 0;
  }
}
function readAt(fd, buffer, position) {
  let read2 = 0;
  while (read2 < buffer.length) {
    const n = readSync(fd, buffer, read2, buffer.length - read2, position + read2);
    if (n === 0) break;
    read2 += n;
  }
  return read2;
}
function readTextFile(path, maxFileSize) {
  const read2 = readFileBytes(path, maxFileSize);
  if ("skip" in read2) return read2;
  const decoded = decodeBytes(read2.bytes);
  if (!decoded) return { skip: { reason: "binary" } };
  return { text: decoded.text, bytes: read2.bytes.length, mtimeMs: read2.mtimeMs };
}
function readFileBytes(path, maxFileSize) {
  const opened = openRegularFile(path, maxFileSize);
  if ("skip" in opened) return opened;
  try {
    return { bytes: readWhole(opened.fd, opened.size), mtimeMs: opened.mtimeMs };
  } catch (error2) {
    return { skip: { reason: "unreadable", detail: errorCode(error2) } };
  } finally {
    closeSync(opened.fd);
  }
}
function readWhole(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  return buffer.subarray(0, readAt(fd, buffer, 0));
}
function readWholeToDecode(fd, size) {
  if (size > SCRATCH_LIMIT) return readWhole(fd, size);
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_LIMIT, Math.max(size, 2 * scratch.length, 64 * 1024)));
  return scratch.subarray(0, readAt(fd, scratch.subarray(0, size), 0));
}
function readTextInChunks(path, maxFileSize, onText, chunking = DEFAULT_CHUNKING) {
  const opened = openRegularFile(path, maxFileSize);
  if ("skip" in opened) return opened;
  const { fd, size, mtimeMs } = opened;
  try {
    if (size <= chunking.wholeUpTo) {
      const bytes = readWholeToDecode(fd, size);
      const decoded = decodeBytes(bytes);
      if (!decoded) return { skip: { reason: "binary" } };
      onText({ text: decoded.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] });
      return { bytes: bytes.length, mtimeMs };
    }
    const head = Buffer.allocUnsafe(Math.min(size, BINARY_SNIFF_BYTES));
    const encoding = sniffEncoding(head.subarray(0, readAt(fd, head, 0)));
    if (encoding === "binary") return { skip: { reason: "binary" } };
    if (encoding !== "utf-8") {
      if (size / 2 > bufferConstants.MAX_STRING_LENGTH) {
        return { skip: { reason: "too-large", detail: `${size} bytes of ${encoding.toUpperCase()}: more than one string can hold` } };
      }
      const bytes = readWholeToDecode(fd, size);
      onText({ text: decodeAs(bytes, encoding), lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] });
      return { bytes: bytes.length, mtimeMs };
    }
    scanChunks(fd, size, chunking, onText);
    return { bytes: size, mtimeMs };
  } catch (error2) {
    return { skip: { reason: "unreadable", detail: errorCode(error2) } };
  } finally {
    closeSync(fd);
  }
}
function scanChunks(fd, size, chunking, onText) {
  const { chunkBytes, overlapBytes } = chunking;
  let ownStart = 0;
  let breaksBeforeOwn = 0;
  let atLineStart = true;
  while (ownStart < size) {
    const atEnd = ownStart + chunkBytes >= size;
    const lineStart2 = atEnd ? size : nextLineStart(fd, ownStart + chunkBytes, size, chunkBytes);
    const ownEnd = lineStart2 === -1 ? ownStart + chunkBytes : lineStart2;
    const readStart = atLineStart ? Math.max(0, ownStart - overlapBytes) : ownStart;
    const buffer = Buffer.allocUnsafe(Math.min(size, ownEnd + overlapBytes) - readStart);
    const bytes = buffer.subarray(0, readAt(fd, buffer, readStart));
    const from = readStart === ownStart ? 0 : bytes.indexOf(LF) + 1;
    const breaksBeforeOwnInText = countLines(bytes, from, ownStart - readStart);
    const breaksOwned = countLines(bytes, ownStart - readStart, ownEnd - readStart);
    const firstOwned = 1 + breaksBeforeOwnInText;
    onText({
      text: decodeAs(bytes.subarray(from), "utf-8"),
      lineOffset: breaksBeforeOwn - breaksBeforeOwnInText,
      ownedLines: [firstOwned, ownEnd >= size ? Number.MAX_SAFE_INTEGER : firstOwned + breaksOwned]
    });
    breaksBeforeOwn += breaksOwned;
    atLineStart = lineStart2 !== -1;
    ownStart = ownEnd;
  }
}
function nextLineStart(fd, position, size, limit) {
  const block = Buffer.allocUnsafe(64 * 1024);
  for (let at = position - 1; at < Math.min(size, position + limit); at += block.length) {
    const n = readAt(fd, block, at);
    const lf = block.subarray(0, n).indexOf(LF);
    if (lf !== -1) return at + lf + 1;
    if (at + n >= size) return size;
  }
  return -1;
}
function countLines(bytes, start, end) {
  let count2 = 0;
  for (let i = bytes.indexOf(LF, start); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) count2++;
  return count2;
}
function errorCode(error2) {
  const code2 = error2.code;
  return code2 ?? error2.message;
}
var OPEN_FLAGS, SCRATCH_LIMIT, scratch, DEFAULT_CHUNKING, LF;
var init_read = __esm({
  "src/sources/read.ts"() {
    "use strict";
    init_decode();
    init_decode();
    OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
    SCRATCH_LIMIT = 8 * 1024 * 1024;
    scratch = Buffer.allocUnsafe(0);
    DEFAULT_CHUNKING = {
      chunkBytes: 32 * 1024 * 1024,
      overlapBytes: 256 * 1024,
      wholeUpTo: Math.min(bufferConstants.MAX_STRING_LENGTH, 128 * 1024 * 1024)
    };
    LF = 10;
  }
});

// src/terraform/catalogue-data.json
var catalogue_data_default;
var init_catalogue_data = __esm({
  "src/terraform/catalogue-data.json"() {
    catalogue_data_default = {
      generatedBy: "scripts/gen-tf-catalogue.mjs",
      providers: {
        aws: {
          repository: "hashicorp/terraform-provider-aws",
          source: {
            kind: "schema-json",
            repository: "lonegunmanb/terraform-aws-schema",
            unreadTypes: [
              "data.aws_quicksight_analysis",
              "resource.aws_quicksight_analysis",
              "resource.aws_quicksight_dashboard",
              "resource.aws_quicksight_template",
              "resource.aws_wafv2_rule_group",
              "resource.aws_wafv2_web_acl",
              "resource.aws_wafv2_web_acl_rule"
            ]
          },
          commit: "6812d62211f5dc84e446faf0ffc86523c0c209bb",
          date: "2026-05-28",
          version: "v6.47.0",
          status: "generated",
          resources: 103,
          dataSources: 15,
          attributes: 263
        },
        azurerm: {
          repository: "hashicorp/terraform-provider-azurerm",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-azurerm"
          },
          commit: "69697b7fe6a923fc89e88f386bc95c3ed1ee2ec6",
          date: "2026-08-21",
          version: "v5.2.0",
          status: "generated",
          resources: 227,
          dataSources: 44,
          attributes: 675
        },
        google: {
          repository: "hashicorp/terraform-provider-google",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-google"
          },
          commit: "e03b7622a26cf4e878f90bdccaca6aa3d03a7999",
          date: "2026-08-21",
          version: "v7.45.0",
          status: "generated",
          resources: 66,
          dataSources: 18,
          attributes: 268
        },
        kubernetes: {
          repository: "hashicorp/terraform-provider-kubernetes",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-kubernetes"
          },
          commit: "3a33fb6cc6055853584af1731b1369164c35ffc7",
          date: "2026-08-21",
          version: "v3.2.1",
          status: "generated",
          resources: 3,
          dataSources: 2,
          attributes: 9
        },
        helm: {
          repository: "hashicorp/terraform-provider-helm",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-helm"
          },
          commit: "ecffae07748ea9e2e99660e5ad3f852a12fbc5fc",
          date: "2026-05-21",
          version: "v3.1.2",
          status: "generated",
          resources: 2,
          dataSources: 0,
          attributes: 4
        },
        random: {
          repository: "hashicorp/terraform-provider-random",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-random"
          },
          commit: "ad788e233bb42be5ecad3ba8f43de0d9d9dc7185",
          date: "2026-06-11",
          version: "v3.9.0",
          status: "generated",
          resources: 2,
          dataSources: 0,
          attributes: 4
        },
        tls: {
          repository: "hashicorp/terraform-provider-tls",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-tls"
          },
          commit: "d72d90e1b47b7cb5ce6863f528af3154963d61b7",
          date: "2026-04-28",
          version: "v4.2.1",
          status: "generated",
          resources: 4,
          dataSources: 1,
          attributes: 8
        },
        vault: {
          repository: "hashicorp/terraform-provider-vault",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-vault"
          },
          commit: "31447510c5c6ab0e1bd60435ff5b4a838b3f2f69",
          date: "2026-08-20",
          version: "v5.11.0",
          status: "generated",
          resources: 9,
          dataSources: 8,
          attributes: 25
        },
        azuread: {
          repository: "hashicorp/terraform-provider-azuread",
          source: {
            kind: "go-source",
            repository: "hashicorp/terraform-provider-azuread"
          },
          commit: "f0169e0ecec4a7f87c0a512fd989368a182306c1",
          date: "2026-08-17",
          version: "v3.9.0",
          status: "generated",
          resources: 8,
          dataSources: 0,
          attributes: 8
        },
        github: {
          repository: "integrations/terraform-provider-github",
          source: {
            kind: "go-source",
            repository: "integrations/terraform-provider-github"
          },
          commit: "b6ce8c0687af3b301d6dc022db1aca45f3ad2b26",
          date: "2026-08-07",
          version: "v6.13.0",
          status: "generated",
          resources: 10,
          dataSources: 1,
          attributes: 31
        }
      },
      entries: [
        {
          provider: "aws",
          kind: "data",
          type: "aws_api_gateway_api_key",
          computed: [
            "value"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_cognito_user_pool_client",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_dms_certificate",
          computed: [
            "certificate_pem",
            "certificate_wallet"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_ecr_authorization_token",
          computed: [
            "authorization_token",
            "password"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_ecrpublic_authorization_token",
          computed: [
            "authorization_token",
            "password"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_eks_cluster_auth",
          computed: [
            "token"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_elasticache_user",
          computed: [],
          arguments: [
            "passwords"
          ]
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_glue_connection",
          computed: [
            "athena_properties",
            "connection_properties"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_kms_ciphertext",
          computed: [],
          arguments: [
            "plaintext"
          ]
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_kms_secrets",
          computed: [
            "plaintext"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_redshift_cluster_credentials",
          computed: [
            "db_password"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_redshiftserverless_credentials",
          computed: [
            "db_password"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_secretsmanager_secret_version",
          computed: [
            "secret_binary",
            "secret_string"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_ssm_parameter",
          computed: [
            "value"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "data",
          type: "aws_ssm_parameters_by_path",
          computed: [
            "values"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_acm_certificate",
          computed: [],
          arguments: [
            "private_key"
          ],
          writeOnly: [
            {
              argument: "private_key",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_alb_listener",
          computed: [],
          arguments: [
            "default_action.authenticate_oidc.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_alb_listener_rule",
          computed: [],
          arguments: [
            "action.authenticate_oidc.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_amplify_app",
          computed: [],
          arguments: [
            "access_token",
            "auto_branch_creation_config.basic_auth_credentials",
            "basic_auth_credentials",
            "oauth_token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_amplify_branch",
          computed: [],
          arguments: [
            "basic_auth_credentials"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_api_gateway_api_key",
          computed: [],
          arguments: [
            "value"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_api_gateway_domain_name",
          computed: [],
          arguments: [
            "certificate_private_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_appconfig_configuration_profile",
          computed: [],
          arguments: [
            "validator.content"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_appconfig_hosted_configuration_version",
          computed: [],
          arguments: [
            "content"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_appfabric_app_authorization",
          computed: [],
          arguments: [
            "credential.api_key_credential.api_key",
            "credential.oauth2_credential.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_appflow_connector_profile",
          computed: [],
          arguments: [
            "connector_profile_config.connector_profile_credentials.amplitude.secret_key",
            "connector_profile_config.connector_profile_credentials.custom_connector.basic.password",
            "connector_profile_config.connector_profile_credentials.custom_connector.custom.credentials_map",
            "connector_profile_config.connector_profile_credentials.custom_connector.oauth2.access_token",
            "connector_profile_config.connector_profile_credentials.custom_connector.oauth2.client_secret",
            "connector_profile_config.connector_profile_credentials.google_analytics.access_token",
            "connector_profile_config.connector_profile_credentials.google_analytics.client_secret",
            "connector_profile_config.connector_profile_credentials.honeycode.access_token",
            "connector_profile_config.connector_profile_credentials.infor_nexus.secret_access_key",
            "connector_profile_config.connector_profile_credentials.marketo.access_token",
            "connector_profile_config.connector_profile_credentials.marketo.client_secret",
            "connector_profile_config.connector_profile_credentials.redshift.password",
            "connector_profile_config.connector_profile_credentials.salesforce.access_token",
            "connector_profile_config.connector_profile_credentials.sapo_data.basic_auth_credentials.password",
            "connector_profile_config.connector_profile_credentials.sapo_data.oauth_credentials.access_token",
            "connector_profile_config.connector_profile_credentials.service_now.password",
            "connector_profile_config.connector_profile_credentials.slack.access_token",
            "connector_profile_config.connector_profile_credentials.slack.client_secret",
            "connector_profile_config.connector_profile_credentials.snowflake.password",
            "connector_profile_config.connector_profile_credentials.trendmicro.api_secret_key",
            "connector_profile_config.connector_profile_credentials.veeva.password",
            "connector_profile_config.connector_profile_credentials.zendesk.access_token",
            "connector_profile_config.connector_profile_credentials.zendesk.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_appstream_directory_config",
          computed: [],
          arguments: [
            "service_account_credentials.account_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_appsync_api_key",
          computed: [
            "key"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_bedrockagentcore_api_key_credential_provider",
          computed: [],
          arguments: [
            "api_key",
            "api_key_wo"
          ],
          writeOnly: [
            {
              argument: "api_key",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_bedrockagentcore_harness",
          computed: [],
          arguments: [
            "environment_variables",
            "system_prompt.text",
            "tool.config.inline_function.input_schema",
            "tool.config.remote_mcp.headers",
            "tool.config.remote_mcp.url"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_bedrockagentcore_oauth2_credential_provider",
          computed: [],
          arguments: [
            "oauth2_provider_config.custom_oauth2_provider_config.client_id",
            "oauth2_provider_config.custom_oauth2_provider_config.client_id_wo",
            "oauth2_provider_config.custom_oauth2_provider_config.client_secret",
            "oauth2_provider_config.custom_oauth2_provider_config.client_secret_wo",
            "oauth2_provider_config.github_oauth2_provider_config.client_id",
            "oauth2_provider_config.github_oauth2_provider_config.client_id_wo",
            "oauth2_provider_config.github_oauth2_provider_config.client_secret",
            "oauth2_provider_config.github_oauth2_provider_config.client_secret_wo",
            "oauth2_provider_config.google_oauth2_provider_config.client_id",
            "oauth2_provider_config.google_oauth2_provider_config.client_id_wo",
            "oauth2_provider_config.google_oauth2_provider_config.client_secret",
            "oauth2_provider_config.google_oauth2_provider_config.client_secret_wo",
            "oauth2_provider_config.microsoft_oauth2_provider_config.client_id",
            "oauth2_provider_config.microsoft_oauth2_provider_config.client_id_wo",
            "oauth2_provider_config.microsoft_oauth2_provider_config.client_secret",
            "oauth2_provider_config.microsoft_oauth2_provider_config.client_secret_wo",
            "oauth2_provider_config.salesforce_oauth2_provider_config.client_id",
            "oauth2_provider_config.salesforce_oauth2_provider_config.client_id_wo",
            "oauth2_provider_config.salesforce_oauth2_provider_config.client_secret",
            "oauth2_provider_config.salesforce_oauth2_provider_config.client_secret_wo",
            "oauth2_provider_config.slack_oauth2_provider_config.client_id",
            "oauth2_provider_config.slack_oauth2_provider_config.client_id_wo",
            "oauth2_provider_config.slack_oauth2_provider_config.client_secret",
            "oauth2_provider_config.slack_oauth2_provider_config.client_secret_wo"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_chime_voice_connector_termination_credentials",
          computed: [],
          arguments: [
            "credentials.password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_cloudcontrolapi_resource",
          computed: [],
          arguments: [
            "schema"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_cloudwatch_event_connection",
          computed: [],
          arguments: [
            "auth_parameters.api_key.value",
            "auth_parameters.basic.password",
            "auth_parameters.invocation_http_parameters.body.value",
            "auth_parameters.invocation_http_parameters.header.value",
            "auth_parameters.invocation_http_parameters.query_string.value",
            "auth_parameters.oauth.client_parameters.client_secret",
            "auth_parameters.oauth.oauth_http_parameters.body.value",
            "auth_parameters.oauth.oauth_http_parameters.header.value",
            "auth_parameters.oauth.oauth_http_parameters.query_string.value"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_codebuild_source_credential",
          computed: [],
          arguments: [
            "token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_codebuild_webhook",
          computed: [
            "secret"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_codepipeline_webhook",
          computed: [],
          arguments: [
            "authentication_configuration.secret_token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_cognito_managed_user_pool_client",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_cognito_user",
          computed: [],
          arguments: [
            "password",
            "temporary_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_cognito_user_pool_client",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_connect_user",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_datasync_location_fsx_ontap_file_system",
          computed: [],
          arguments: [
            "protocol.smb.password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_datasync_location_fsx_windows_file_system",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_datasync_location_object_storage",
          computed: [],
          arguments: [
            "secret_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_datasync_location_smb",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_db_instance",
          computed: [],
          arguments: [
            "password",
            "password_wo"
          ],
          writeOnly: [
            {
              argument: "password",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_directory_service_directory",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_directory_service_radius_settings",
          computed: [],
          arguments: [
            "shared_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_directory_service_shared_directory",
          computed: [],
          arguments: [
            "notes"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_dms_certificate",
          computed: [],
          arguments: [
            "certificate_pem",
            "certificate_wallet"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_dms_endpoint",
          computed: [],
          arguments: [
            "kafka_settings.sasl_password",
            "kafka_settings.ssl_client_key_password",
            "oracle_settings.asm_password",
            "oracle_settings.security_db_encryption",
            "password",
            "redis_settings.auth_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_docdb_cluster",
          computed: [],
          arguments: [
            "master_password"
          ],
          writeOnly: [
            {
              argument: "master_password",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_docdbelastic_cluster",
          computed: [],
          arguments: [
            "admin_user_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_elasticache_replication_group",
          computed: [],
          arguments: [
            "auth_token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_elasticache_user",
          computed: [],
          arguments: [
            "authentication_mode.passwords",
            "passwords",
            "passwords_wo"
          ],
          writeOnly: [
            {
              argument: "passwords",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_elasticsearch_domain",
          computed: [],
          arguments: [
            "advanced_security_options.master_user_options.master_user_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_elasticsearch_domain_saml_options",
          computed: [],
          arguments: [
            "saml_options.master_user_name"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_emr_cluster",
          computed: [],
          arguments: [
            "kerberos_attributes.ad_domain_join_password",
            "kerberos_attributes.cross_realm_trust_principal_password",
            "kerberos_attributes.kdc_admin_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_fsx_ontap_file_system",
          computed: [],
          arguments: [
            "fsx_admin_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_fsx_ontap_storage_virtual_machine",
          computed: [],
          arguments: [
            "active_directory_configuration.self_managed_active_directory_configuration.password",
            "svm_admin_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_fsx_windows_file_system",
          computed: [],
          arguments: [
            "self_managed_active_directory.password",
            "self_managed_active_directory.password_wo"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_glue_connection",
          computed: [],
          arguments: [
            "athena_properties",
            "authentication_configuration.basic_authentication_credentials.password",
            "authentication_configuration.custom_authentication_credentials",
            "authentication_configuration.oauth2_properties.authorization_code_properties.authorization_code",
            "authentication_configuration.oauth2_properties.oauth2_credentials.access_token",
            "authentication_configuration.oauth2_properties.oauth2_credentials.jwt_token",
            "authentication_configuration.oauth2_properties.oauth2_credentials.refresh_token",
            "authentication_configuration.oauth2_properties.oauth2_credentials.user_managed_client_application_client_secret",
            "authentication_configuration.oauth2_properties.token_url_parameters_map",
            "connection_properties"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_glue_job",
          computed: [],
          arguments: [
            "source_control_details.auth_token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_grafana_workspace_api_key",
          computed: [
            "key"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_grafana_workspace_service_account_token",
          computed: [
            "key"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iam_access_key",
          computed: [
            "secret",
            "ses_smtp_password_v4"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iam_server_certificate",
          computed: [],
          arguments: [
            "private_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iam_service_specific_credential",
          computed: [
            "service_credential_secret",
            "service_password"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iam_user_login_profile",
          computed: [
            "password"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iot_authorizer",
          computed: [],
          arguments: [
            "token_signing_public_keys"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iot_ca_certificate",
          computed: [],
          arguments: [
            "ca_certificate_pem",
            "verification_certificate_pem"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_iot_certificate",
          computed: [
            "private_key",
            "public_key"
          ],
          arguments: [
            "ca_pem",
            "certificate_pem"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_kinesis_firehose_delivery_stream",
          computed: [],
          arguments: [
            "http_endpoint_configuration.access_key",
            "redshift_configuration.password",
            "snowflake_configuration.key_passphrase",
            "snowflake_configuration.private_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_kms_ciphertext",
          computed: [],
          arguments: [
            "plaintext",
            "plaintext_wo"
          ],
          writeOnly: [
            {
              argument: "plaintext",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_kms_external_key",
          computed: [],
          arguments: [
            "key_material_base64"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_kms_grant",
          computed: [
            "grant_token"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_kms_replica_external_key",
          computed: [],
          arguments: [
            "key_material_base64"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_lb_listener",
          computed: [],
          arguments: [
            "default_action.authenticate_oidc.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_lb_listener_rule",
          computed: [],
          arguments: [
            "action.authenticate_oidc.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_lightsail_database",
          computed: [],
          arguments: [
            "master_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_memorydb_user",
          computed: [],
          arguments: [
            "authentication_mode.passwords"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_mq_broker",
          computed: [],
          arguments: [
            "ldap_server_metadata.service_account_password",
            "user.password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_mwaa_environment",
          computed: [],
          arguments: [
            "airflow_configuration_options"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_opensearch_domain",
          computed: [],
          arguments: [
            "advanced_security_options.master_user_options.master_user_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_opensearch_domain_saml_options",
          computed: [],
          arguments: [
            "saml_options.master_user_name"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_adm_channel",
          computed: [],
          arguments: [
            "client_id",
            "client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_apns_channel",
          computed: [],
          arguments: [
            "bundle_id",
            "certificate",
            "private_key",
            "team_id",
            "token_key",
            "token_key_id"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_apns_sandbox_channel",
          computed: [],
          arguments: [
            "bundle_id",
            "certificate",
            "private_key",
            "team_id",
            "token_key",
            "token_key_id"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_apns_voip_channel",
          computed: [],
          arguments: [
            "bundle_id",
            "certificate",
            "private_key",
            "team_id",
            "token_key",
            "token_key_id"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_apns_voip_sandbox_channel",
          computed: [],
          arguments: [
            "bundle_id",
            "certificate",
            "private_key",
            "team_id",
            "token_key",
            "token_key_id"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_baidu_channel",
          computed: [],
          arguments: [
            "api_key",
            "secret_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_pinpoint_gcm_channel",
          computed: [],
          arguments: [
            "api_key",
            "service_json"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_quicksight_data_source",
          computed: [],
          arguments: [
            "credentials.credential_pair.password",
            "credentials.credential_pair.username"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_rds_cluster",
          computed: [],
          arguments: [
            "master_password",
            "master_password_wo"
          ],
          writeOnly: [
            {
              argument: "master_password",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_redshift_cluster",
          computed: [],
          arguments: [
            "master_password",
            "master_password_wo"
          ],
          writeOnly: [
            {
              argument: "master_password",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_redshift_hsm_configuration",
          computed: [],
          arguments: [
            "hsm_partition_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_redshiftserverless_namespace",
          computed: [],
          arguments: [
            "admin_user_password",
            "admin_username"
          ],
          writeOnly: [
            {
              argument: "admin_user_password",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_s3_bucket_object_lock_configuration",
          computed: [],
          arguments: [
            "token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_s3_bucket_replication_configuration",
          computed: [],
          arguments: [
            "token"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_s3_object_copy",
          computed: [],
          arguments: [
            "customer_key",
            "kms_encryption_context",
            "kms_key_id",
            "source_customer_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_sagemaker_workforce",
          computed: [],
          arguments: [
            "oidc_config.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_secretsmanager_secret_version",
          computed: [],
          arguments: [
            "secret_binary",
            "secret_string",
            "secret_string_wo"
          ],
          writeOnly: [
            {
              argument: "secret_string",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_securitylake_subscriber_notification",
          computed: [],
          arguments: [
            "configuration.https_notification_configuration.authorization_api_key_value"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_sesv2_email_identity",
          computed: [],
          arguments: [
            "dkim_signing_attributes.domain_signing_private_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_sns_platform_application",
          computed: [],
          arguments: [
            "platform_credential",
            "platform_principal"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_ssm_maintenance_window_task",
          computed: [],
          arguments: [
            "task_invocation_parameters.lambda_parameters.payload",
            "task_invocation_parameters.step_functions_parameters.input"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_ssm_parameter",
          computed: [],
          arguments: [
            "value",
            "value_wo"
          ],
          writeOnly: [
            {
              argument: "value",
              version: "version"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_storagegateway_file_system_association",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_storagegateway_gateway",
          computed: [],
          arguments: [
            "smb_active_directory_settings.password",
            "smb_guest_password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_timestreaminfluxdb_db_cluster",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_timestreaminfluxdb_db_instance",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_transfer_certificate",
          computed: [],
          arguments: [
            "certificate",
            "certificate_chain",
            "private_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_transfer_host_key",
          computed: [],
          arguments: [
            "host_key_body",
            "host_key_body_wo"
          ],
          writeOnly: [
            {
              argument: "host_key_body"
            }
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_transfer_server",
          computed: [],
          arguments: [
            "host_key",
            "post_authentication_login_banner",
            "pre_authentication_login_banner"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_verifiedaccess_trust_provider",
          computed: [],
          arguments: [
            "native_application_oidc_options.client_secret",
            "oidc_options.client_secret"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_vpn_connection",
          computed: [
            "customer_gateway_configuration"
          ],
          arguments: [
            "tunnel1_preshared_key",
            "tunnel2_preshared_key"
          ]
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_wafv2_api_key",
          computed: [
            "api_key"
          ],
          arguments: []
        },
        {
          provider: "aws",
          kind: "resource",
          type: "aws_workmail_user",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_api_management",
          computed: [
            "tenant_access.primary_key",
            "tenant_access.secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_app_configuration",
          computed: [
            "primary_read_key.connection_string",
            "primary_read_key.id",
            "primary_read_key.secret",
            "primary_write_key.connection_string",
            "primary_write_key.id",
            "primary_write_key.secret",
            "secondary_read_key.connection_string",
            "secondary_read_key.id",
            "secondary_read_key.secret",
            "secondary_write_key.connection_string",
            "secondary_write_key.id",
            "secondary_write_key.secret"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_batch_account",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_batch_pool",
          computed: [
            "mount.cifs_mount.password",
            "user_accounts.linux_user_configuration.ssh_private_key",
            "user_accounts.password"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_cognitive_account",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_container_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_cosmosdb_account",
          computed: [
            "primary_key",
            "primary_mongodb_connection_string",
            "primary_readonly_key",
            "primary_readonly_mongodb_connection_string",
            "primary_readonly_sql_connection_string",
            "primary_sql_connection_string",
            "secondary_key",
            "secondary_mongodb_connection_string",
            "secondary_readonly_key",
            "secondary_readonly_mongodb_connection_string",
            "secondary_readonly_sql_connection_string",
            "secondary_sql_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_databricks_workspace",
          computed: [
            "managed_disk_identity.principal_id",
            "managed_disk_identity.tenant_id",
            "storage_account_identity.principal_id",
            "storage_account_identity.tenant_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_eventgrid_domain",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_eventgrid_topic",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_eventhub_authorization_rule",
          computed: [
            "primary_connection_string",
            "primary_key",
            "secondary_connection_string",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_eventhub_namespace",
          computed: [
            "default_primary_connection_string",
            "default_primary_connection_string_alias",
            "default_primary_key",
            "default_secondary_connection_string",
            "default_secondary_connection_string_alias",
            "default_secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_eventhub_namespace_authorization_rule",
          computed: [
            "primary_connection_string",
            "primary_connection_string_alias",
            "primary_key",
            "secondary_connection_string",
            "secondary_connection_string_alias",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_function_app_host_keys",
          computed: [
            "blobs_extension_key",
            "default_function_key",
            "durabletask_extension_key",
            "event_grid_extension_config_key",
            "event_grid_extension_key",
            "primary_key",
            "signalr_extension_key",
            "webpubsub_extension_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_hdinsight_cluster",
          computed: [
            "gateway.password"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_iothub_shared_access_policy",
          computed: [
            "primary_connection_string",
            "primary_key",
            "secondary_connection_string",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_key_vault_certificate_data",
          computed: [
            "key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_key_vault_encrypted_value",
          computed: [
            "decoded_plain_text_value"
          ],
          arguments: [
            "encrypted_data",
            "plain_text_value"
          ]
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_key_vault_secret",
          computed: [
            "value"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_kubernetes_cluster",
          computed: [
            "kube_admin_config",
            "kube_admin_config.client_certificate",
            "kube_admin_config.client_key",
            "kube_admin_config.cluster_ca_certificate",
            "kube_admin_config.host",
            "kube_admin_config.password",
            "kube_admin_config.username",
            "kube_admin_config_raw",
            "kube_config",
            "kube_config.client_certificate",
            "kube_config.client_key",
            "kube_config.cluster_ca_certificate",
            "kube_config.host",
            "kube_config.password",
            "kube_config.username",
            "kube_config_raw"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_linux_function_app",
          computed: [
            "custom_domain_verification_id",
            "storage_account_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_linux_web_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_log_analytics_workspace",
          computed: [
            "primary_shared_key",
            "secondary_shared_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_logic_app_standard",
          computed: [
            "connection_string.value",
            "site_credential.password",
            "storage_account_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_managed_redis",
          computed: [
            "default_database.primary_access_key",
            "default_database.secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_maps_account",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_netapp_volume_bucket_with_server",
          computed: [
            "server.certificate_pem"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_notification_hub",
          computed: [
            "apns_credential.token",
            "gcm_credential.api_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_redis_cache",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "redis_configuration.aof_storage_connection_string_0",
            "redis_configuration.aof_storage_connection_string_1",
            "redis_configuration.rdb_storage_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_search_service",
          computed: [
            "primary_key",
            "query_keys.key",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_servicebus_namespace",
          computed: [
            "default_primary_connection_string",
            "default_primary_key",
            "default_secondary_connection_string",
            "default_secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_servicebus_namespace_authorization_rule",
          computed: [
            "primary_connection_string",
            "primary_connection_string_alias",
            "primary_key",
            "secondary_connection_string",
            "secondary_connection_string_alias",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_servicebus_namespace_disaster_recovery_config",
          computed: [
            "default_primary_key",
            "default_secondary_key",
            "primary_connection_string_alias",
            "secondary_connection_string_alias"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_servicebus_queue_authorization_rule",
          computed: [
            "primary_connection_string",
            "primary_connection_string_alias",
            "primary_key",
            "secondary_connection_string",
            "secondary_connection_string_alias",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_servicebus_topic_authorization_rule",
          computed: [
            "primary_connection_string",
            "primary_connection_string_alias",
            "primary_key",
            "secondary_connection_string",
            "secondary_connection_string_alias",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_signalr_service",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_spring_cloud_service",
          computed: [
            "http_basic_auth.password",
            "ssh_auth.host_key",
            "ssh_auth.private_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_static_web_app",
          computed: [
            "api_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_storage_account",
          computed: [
            "primary_access_key",
            "primary_blob_connection_string",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_blob_connection_string",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_storage_account_blob_container_sas",
          computed: [
            "sas"
          ],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_storage_account_sas",
          computed: [
            "sas"
          ],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_web_pubsub",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_windows_function_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "data",
          type: "azurerm_windows_web_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_active_directory_domain_service",
          computed: [],
          arguments: [
            "secure_ldap.pfx_certificate",
            "secure_ldap.pfx_certificate_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_analysis_services_server",
          computed: [],
          arguments: [
            "backup_blob_container_uri"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_authorization_server",
          computed: [],
          arguments: [
            "client_secret",
            "resource_owner_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_backend",
          computed: [],
          arguments: [
            "proxy.password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_identity_provider_aad",
          computed: [],
          arguments: [
            "client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_identity_provider_aadb2c",
          computed: [],
          arguments: [
            "client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_identity_provider_facebook",
          computed: [],
          arguments: [
            "app_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_identity_provider_google",
          computed: [],
          arguments: [
            "client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_identity_provider_microsoft",
          computed: [],
          arguments: [
            "client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_identity_provider_twitter",
          computed: [],
          arguments: [
            "api_key",
            "api_secret_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_logger",
          computed: [],
          arguments: [
            "application_insights.connection_string",
            "application_insights.instrumentation_key",
            "eventhub.connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_openid_connect_provider",
          computed: [],
          arguments: [
            "client_id",
            "client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_redis_cache",
          computed: [],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_subscription",
          computed: [
            "primary_key",
            "secondary_key"
          ],
          arguments: [
            "primary_key",
            "secondary_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_user",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_workspace_certificate",
          computed: [],
          arguments: [
            "certificate_data_base64",
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_api_management_workspace_named_value",
          computed: [],
          arguments: [
            "value"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_app_configuration",
          computed: [
            "primary_read_key.connection_string",
            "primary_read_key.id",
            "primary_read_key.secret",
            "primary_write_key.connection_string",
            "primary_write_key.id",
            "primary_write_key.secret",
            "secondary_read_key.connection_string",
            "secondary_read_key.id",
            "secondary_read_key.secret",
            "secondary_write_key.connection_string",
            "secondary_write_key.id",
            "secondary_write_key.secret"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_app_service_certificate",
          computed: [],
          arguments: [
            "password",
            "pfx_blob"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_application_gateway",
          computed: [],
          arguments: [
            "ssl_certificate.data",
            "ssl_certificate.password",
            "trusted_client_certificate.data",
            "trusted_root_certificate.data"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_application_insights",
          computed: [
            "connection_string",
            "instrumentation_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_application_insights_api_key",
          computed: [
            "api_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_arc_kubernetes_cluster_extension",
          computed: [],
          arguments: [
            "configuration_protected_settings"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_arc_kubernetes_flux_configuration",
          computed: [],
          arguments: [
            "blob_storage.account_key",
            "blob_storage.sas_token",
            "blob_storage.service_principal.client_certificate_base64",
            "blob_storage.service_principal.client_certificate_password",
            "blob_storage.service_principal.client_secret",
            "bucket.secret_key_base64",
            "git_repository.https_ca_cert_base64",
            "git_repository.https_key_base64",
            "git_repository.ssh_private_key_base64"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_arc_machine_extension",
          computed: [],
          arguments: [
            "protected_settings"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_automation_account",
          computed: [
            "dsc_primary_access_key",
            "dsc_secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_automation_certificate",
          computed: [],
          arguments: [
            "base64"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_automation_credential",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_automation_webhook",
          computed: [],
          arguments: [
            "uri"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_batch_account",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_batch_pool",
          computed: [],
          arguments: [
            "extensions.protected_settings",
            "mount.azure_blob_file_system.account_key",
            "mount.azure_blob_file_system.sas_key",
            "mount.azure_file_share.account_key",
            "mount.cifs_mount.password",
            "user_accounts.linux_user_configuration.ssh_private_key",
            "user_accounts.password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channel_direct_line_speech",
          computed: [],
          arguments: [
            "cognitive_service_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channel_directline",
          computed: [
            "extension_key_1",
            "extension_key_2",
            "site.key",
            "site.key2"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channel_facebook",
          computed: [],
          arguments: [
            "facebook_application_secret",
            "page.access_token"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channel_line",
          computed: [],
          arguments: [
            "line_channel.access_token",
            "line_channel.secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channel_slack",
          computed: [],
          arguments: [
            "client_secret",
            "signing_secret",
            "verification_token"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channel_sms",
          computed: [],
          arguments: [
            "sms_channel_auth_token"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_channels_registration",
          computed: [],
          arguments: [
            "developer_app_insights_api_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_service_azure_bot",
          computed: [],
          arguments: [
            "developer_app_insights_api_key",
            "luis_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_bot_web_app",
          computed: [],
          arguments: [
            "developer_app_insights_api_key",
            "luis_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cognitive_account",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: [
            "custom_question_answering_search_service_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cognitive_account_connection_account_key",
          computed: [],
          arguments: [
            "account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cognitive_account_connection_api_key",
          computed: [],
          arguments: [
            "api_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cognitive_account_connection_custom_keys",
          computed: [],
          arguments: [
            "custom_keys"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_communication_service",
          computed: [
            "primary_connection_string",
            "primary_key",
            "secondary_connection_string",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_app_environment",
          computed: [],
          arguments: [
            "dapr_application_insights_connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_app_environment_certificate",
          computed: [],
          arguments: [
            "certificate_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_app_environment_custom_domain",
          computed: [],
          arguments: [
            "certificate_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_app_environment_storage",
          computed: [],
          arguments: [
            "access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_group",
          computed: [],
          arguments: [
            "container.secure_environment_variables",
            "diagnostics.log_analytics.workspace_key",
            "image_registry_credential.password",
            "init_container.secure_environment_variables",
            "volume.secret",
            "volume.storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_registry",
          computed: [
            "admin_password"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_registry_task",
          computed: [],
          arguments: [
            "base_image_trigger.update_trigger_endpoint",
            "docker_step.context_access_token",
            "docker_step.secret_arguments",
            "encoded_step.context_access_token",
            "encoded_step.secret_values",
            "file_step.context_access_token",
            "file_step.secret_values",
            "registry_credential.custom",
            "registry_credential.custom.password",
            "source_trigger.authentication.refresh_token",
            "source_trigger.authentication.token"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_container_registry_token_password",
          computed: [
            "password1.value",
            "password2.value"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cosmosdb_account",
          computed: [
            "primary_key",
            "primary_mongodb_connection_string",
            "primary_readonly_key",
            "primary_readonly_mongodb_connection_string",
            "primary_readonly_sql_connection_string",
            "primary_sql_connection_string",
            "secondary_key",
            "secondary_mongodb_connection_string",
            "secondary_readonly_key",
            "secondary_readonly_mongodb_connection_string",
            "secondary_readonly_sql_connection_string",
            "secondary_sql_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cosmosdb_mongo_user_definition",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_cosmosdb_postgresql_role",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_dashboard_grafana",
          computed: [],
          arguments: [
            "smtp.password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_integration_runtime_azure_ssis",
          computed: [],
          arguments: [
            "catalog_info.administrator_password",
            "custom_setup_script.sas_token",
            "express_custom_setup.command_key.password",
            "express_custom_setup.component.license"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_azure_blob_storage",
          computed: [],
          arguments: [
            "connection_string",
            "sas_uri",
            "service_endpoint"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_azure_file_storage",
          computed: [],
          arguments: [
            "connection_string",
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_azure_function",
          computed: [],
          arguments: [
            "key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_azure_table_storage",
          computed: [],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_cosmosdb",
          computed: [],
          arguments: [
            "account_key",
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_cosmosdb_mongoapi",
          computed: [],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_data_lake_storage_gen2",
          computed: [],
          arguments: [
            "service_principal_key",
            "storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_kusto",
          computed: [],
          arguments: [
            "service_principal_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_odata",
          computed: [],
          arguments: [
            "basic_authentication.password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_odbc",
          computed: [],
          arguments: [
            "basic_authentication.password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_sftp",
          computed: [],
          arguments: [
            "password",
            "private_key_content_base64",
            "private_key_passphrase"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_sql_managed_instance",
          computed: [],
          arguments: [
            "connection_string",
            "service_principal_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_data_factory_linked_service_web",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_databricks_workspace",
          computed: [
            "managed_disk_identity.principal_id",
            "managed_disk_identity.tenant_id",
            "storage_account_identity.principal_id",
            "storage_account_identity.tenant_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_datadog_monitor",
          computed: [],
          arguments: [
            "datadog_organization.api_key",
            "datadog_organization.application_key",
            "datadog_organization.linking_auth_code",
            "datadog_organization.linking_client_id"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_dev_center_network_connection",
          computed: [],
          arguments: [
            "domain_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_dev_test_linux_virtual_machine",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_dev_test_windows_virtual_machine",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_digital_twins_endpoint_eventhub",
          computed: [],
          arguments: [
            "dead_letter_storage_secret",
            "eventhub_primary_connection_string",
            "eventhub_secondary_connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_digital_twins_endpoint_servicebus",
          computed: [],
          arguments: [
            "dead_letter_storage_secret",
            "servicebus_primary_connection_string",
            "servicebus_secondary_connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_eventgrid_domain",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_eventgrid_event_subscription",
          computed: [],
          arguments: [
            "delivery_property.value"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_eventgrid_system_topic_event_subscription",
          computed: [],
          arguments: [
            "delivery_property.value"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_eventgrid_topic",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_eventhub_namespace",
          computed: [
            "default_primary_connection_string",
            "default_primary_connection_string_alias",
            "default_primary_key",
            "default_secondary_connection_string",
            "default_secondary_connection_string_alias",
            "default_secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_eventhub_sas",
          computed: [
            "sas"
          ],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_express_route_circuit",
          computed: [
            "service_key"
          ],
          arguments: [
            "authorization_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_express_route_circuit_authorization",
          computed: [
            "authorization_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_express_route_circuit_connection",
          computed: [],
          arguments: [
            "authorization_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_express_route_circuit_peering",
          computed: [],
          arguments: [
            "shared_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_express_route_port_authorization",
          computed: [
            "authorization_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_fluid_relay_server",
          computed: [
            "primary_key",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_function_app_flex_consumption",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_function_app_hybrid_connection",
          computed: [
            "send_key_value"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_hdinsight_hadoop_cluster",
          computed: [],
          arguments: [
            "extension.primary_key",
            "gateway.password",
            "monitor.primary_key",
            "security_profile.domain_user_password",
            "storage_account.storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_hdinsight_hbase_cluster",
          computed: [],
          arguments: [
            "extension.primary_key",
            "gateway.password",
            "monitor.primary_key",
            "security_profile.domain_user_password",
            "storage_account.storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_hdinsight_interactive_query_cluster",
          computed: [],
          arguments: [
            "extension.primary_key",
            "gateway.password",
            "monitor.primary_key",
            "security_profile.domain_user_password",
            "storage_account.storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_hdinsight_kafka_cluster",
          computed: [],
          arguments: [
            "extension.primary_key",
            "gateway.password",
            "monitor.primary_key",
            "security_profile.domain_user_password",
            "storage_account.storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_hdinsight_spark_cluster",
          computed: [],
          arguments: [
            "extension.primary_key",
            "gateway.password",
            "monitor.primary_key",
            "security_profile.domain_user_password",
            "storage_account.storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub",
          computed: [
            "shared_access_policy.primary_key",
            "shared_access_policy.secondary_key"
          ],
          arguments: [
            "endpoint.connection_string",
            "file_upload.connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_certificate",
          computed: [],
          arguments: [
            "certificate_content"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_device_update_instance",
          computed: [],
          arguments: [
            "diagnostic_storage_account.connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_dps",
          computed: [],
          arguments: [
            "linked_hub.connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_dps_certificate",
          computed: [],
          arguments: [
            "certificate_content"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_dps_shared_access_policy",
          computed: [
            "primary_connection_string",
            "primary_key",
            "secondary_connection_string",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_endpoint_cosmosdb_account",
          computed: [],
          arguments: [
            "primary_key",
            "secondary_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_file_upload",
          computed: [],
          arguments: [
            "connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_iothub_shared_access_policy",
          computed: [
            "primary_connection_string",
            "primary_key",
            "secondary_connection_string",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_key_vault_certificate",
          computed: [],
          arguments: [
            "certificate.contents",
            "certificate.password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_key_vault_certificate_issuer",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_key_vault_managed_hardware_security_module",
          computed: [
            "security_domain_encrypted_data"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_key_vault_secret",
          computed: [],
          arguments: [
            "value"
          ],
          writeOnly: [
            {
              argument: "value",
              version: "version"
            }
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_kubernetes_automatic_cluster",
          computed: [
            "kube_config",
            "kube_config.client_certificate",
            "kube_config.client_key",
            "kube_config.cluster_ca_certificate",
            "kube_config.host",
            "kube_config.password",
            "kube_config.username",
            "kube_config_raw"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_kubernetes_cluster",
          computed: [
            "kube_admin_config",
            "kube_admin_config.client_certificate",
            "kube_admin_config.client_key",
            "kube_admin_config.cluster_ca_certificate",
            "kube_admin_config.host",
            "kube_admin_config.password",
            "kube_admin_config.username",
            "kube_admin_config_raw",
            "kube_config",
            "kube_config.client_certificate",
            "kube_config.client_key",
            "kube_config.cluster_ca_certificate",
            "kube_config.host",
            "kube_config.password",
            "kube_config.username",
            "kube_config_raw"
          ],
          arguments: [
            "http_proxy_config.trusted_ca",
            "service_principal.client_secret",
            "windows_profile.admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_kubernetes_cluster_extension",
          computed: [],
          arguments: [
            "configuration_protected_settings"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_kubernetes_flux_configuration",
          computed: [],
          arguments: [
            "blob_storage.account_key",
            "blob_storage.sas_token",
            "blob_storage.service_principal.client_certificate_base64",
            "blob_storage.service_principal.client_certificate_password",
            "blob_storage.service_principal.client_secret",
            "bucket.secret_key_base64",
            "git_repository.https_ca_cert_base64",
            "git_repository.https_key_base64",
            "git_repository.ssh_private_key_base64"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_kusto_script",
          computed: [],
          arguments: [
            "sas_token",
            "script_content"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_linux_function_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_linux_function_app_slot",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_linux_virtual_machine",
          computed: [],
          arguments: [
            "admin_password",
            "custom_data"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_linux_web_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_linux_web_app_slot",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_log_analytics_workspace",
          computed: [
            "primary_shared_key",
            "secondary_shared_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_logic_app_standard",
          computed: [
            "site_credential.password"
          ],
          arguments: [
            "connection_string.value",
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_machine_learning_compute_cluster",
          computed: [],
          arguments: [
            "ssh.admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_machine_learning_datastore_blobstorage",
          computed: [],
          arguments: [
            "account_key",
            "shared_access_signature"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_machine_learning_datastore_datalake_gen2",
          computed: [],
          arguments: [
            "client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_machine_learning_datastore_fileshare",
          computed: [],
          arguments: [
            "account_key",
            "shared_access_signature"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_managed_disk_sas_token",
          computed: [
            "sas_url"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_managed_redis",
          computed: [
            "default_database.primary_access_key",
            "default_database.secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_maps_account",
          computed: [
            "primary_access_key",
            "secondary_access_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mongo_cluster",
          computed: [
            "connection_strings"
          ],
          arguments: [
            "administrator_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_database_extended_auditing_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_job_credential",
          computed: [],
          arguments: [
            "password"
          ],
          writeOnly: [
            {
              argument: "password",
              version: "version"
            }
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_managed_instance",
          computed: [],
          arguments: [
            "administrator_login_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_managed_instance_security_alert_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_managed_instance_vulnerability_assessment",
          computed: [],
          arguments: [
            "storage_account_access_key",
            "storage_container_sas_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_server",
          computed: [],
          arguments: [
            "administrator_login_password",
            "administrator_login_password_wo"
          ],
          writeOnly: [
            {
              argument: "administrator_login_password",
              version: "version"
            }
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_server_extended_auditing_policy",
          computed: [],
          arguments: [
            "storage_account_access_key",
            "storage_account_subscription_id"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_server_microsoft_support_auditing_policy",
          computed: [],
          arguments: [
            "storage_account_access_key",
            "storage_account_subscription_id"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_server_security_alert_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_server_vulnerability_assessment",
          computed: [],
          arguments: [
            "storage_account_access_key",
            "storage_container_sas_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_virtual_machine",
          computed: [],
          arguments: [
            "auto_backup.encryption_password",
            "key_vault_credential.key_vault_url",
            "key_vault_credential.service_principal_name",
            "key_vault_credential.service_principal_secret",
            "sql_connectivity_update_password",
            "sql_connectivity_update_username",
            "wsfc_domain_credential.cluster_bootstrap_account_password",
            "wsfc_domain_credential.cluster_operator_account_password",
            "wsfc_domain_credential.sql_service_account_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mssql_virtual_machine_group",
          computed: [],
          arguments: [
            "wsfc_domain_profile.storage_account_primary_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_mysql_flexible_server",
          computed: [],
          arguments: [
            "administrator_password"
          ],
          writeOnly: [
            {
              argument: "administrator_password",
              version: "version"
            }
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_netapp_account",
          computed: [],
          arguments: [
            "active_directory.password",
            "active_directory.server_root_ca_certificate"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_netapp_volume_bucket_with_server",
          computed: [],
          arguments: [
            "server.certificate_pem"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_new_relic_monitor",
          computed: [],
          arguments: [
            "ingestion_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_nginx_api_key",
          computed: [],
          arguments: [
            "secret_text"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_nginx_configuration",
          computed: [],
          arguments: [
            "protected_file.content"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_notification_hub",
          computed: [],
          arguments: [
            "apns_credential.token",
            "browser_credential.vapid_private_key",
            "gcm_credential.api_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_notification_hub_authorization_rule",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_oracle_autonomous_database",
          computed: [],
          arguments: [
            "admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_oracle_autonomous_database_clone_from_backup",
          computed: [],
          arguments: [
            "admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_oracle_autonomous_database_clone_from_database",
          computed: [],
          arguments: [
            "admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_orchestrated_virtual_machine_scale_set",
          computed: [],
          arguments: [
            "extension.protected_settings",
            "os_profile.custom_data",
            "user_data_base64"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_postgresql_flexible_server",
          computed: [],
          arguments: [
            "administrator_password"
          ],
          writeOnly: [
            {
              argument: "administrator_password",
              version: "version"
            }
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_purview_account",
          computed: [
            "atlas_kafka_endpoint_primary_connection_string",
            "atlas_kafka_endpoint_secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_qumulo_file_system",
          computed: [],
          arguments: [
            "admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_redhat_openshift_cluster",
          computed: [],
          arguments: [
            "cluster_profile.pull_secret",
            "service_principal.client_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_redis_cache",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: [
            "redis_configuration.aof_storage_connection_string_0",
            "redis_configuration.aof_storage_connection_string_1",
            "redis_configuration.rdb_storage_connection_string"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_relay_namespace",
          computed: [
            "primary_connection_string",
            "primary_key",
            "secondary_connection_string",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_search_service",
          computed: [
            "primary_key",
            "query_keys.key",
            "secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_security_center_automation",
          computed: [],
          arguments: [
            "action.connection_string",
            "action.trigger_url"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_sentinel_data_connector_threat_intelligence_taxii",
          computed: [],
          arguments: [
            "password",
            "user_name"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_service_fabric_managed_cluster",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_servicebus_namespace",
          computed: [
            "default_primary_connection_string",
            "default_primary_key",
            "default_secondary_connection_string",
            "default_secondary_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_servicebus_namespace_disaster_recovery_config",
          computed: [
            "default_primary_key",
            "default_secondary_key",
            "primary_connection_string_alias",
            "secondary_connection_string_alias"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_source_control_token",
          computed: [],
          arguments: [
            "token",
            "token_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_app_dynamics_application_performance_monitoring",
          computed: [],
          arguments: [
            "agent_account_access_key",
            "agent_account_name"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_app_mysql_association",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_configuration_service",
          computed: [],
          arguments: [
            "repository.password",
            "repository.private_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_customized_accelerator",
          computed: [],
          arguments: [
            "git_repository.basic_auth.password",
            "git_repository.ssh_auth.host_key",
            "git_repository.ssh_auth.private_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_dynatrace_application_performance_monitoring",
          computed: [],
          arguments: [
            "api_token",
            "tenant",
            "tenant_token"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_gateway",
          computed: [],
          arguments: [
            "sensitive_environment_variables"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_new_relic_application_performance_monitoring",
          computed: [],
          arguments: [
            "license_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_spring_cloud_service",
          computed: [],
          arguments: [
            "container_registry.password",
            "http_basic_auth.password",
            "ssh_auth.host_key",
            "ssh_auth.private_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stack_hci_extension",
          computed: [],
          arguments: [
            "protected_settings"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_static_web_app",
          computed: [
            "api_key"
          ],
          arguments: [
            "repository_token"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_static_web_app_custom_domain",
          computed: [
            "validation_token"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_storage_account",
          computed: [
            "primary_access_key",
            "primary_blob_connection_string",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_blob_connection_string",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_storage_account_local_user",
          computed: [
            "password",
            "sid"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_job",
          computed: [],
          arguments: [
            "job_storage_account.account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_job_storage_account",
          computed: [],
          arguments: [
            "storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_blob",
          computed: [],
          arguments: [
            "storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_eventhub",
          computed: [],
          arguments: [
            "shared_access_policy_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_function",
          computed: [],
          arguments: [
            "api_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_mssql",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_servicebus_queue",
          computed: [],
          arguments: [
            "shared_access_policy_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_servicebus_topic",
          computed: [],
          arguments: [
            "shared_access_policy_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_output_synapse",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_reference_input_blob",
          computed: [],
          arguments: [
            "storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_reference_input_mssql",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_stream_input_blob",
          computed: [],
          arguments: [
            "storage_account_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_stream_input_eventhub",
          computed: [],
          arguments: [
            "shared_access_policy_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_stream_input_eventhub_v2",
          computed: [],
          arguments: [
            "shared_access_policy_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_stream_analytics_stream_input_iothub",
          computed: [],
          arguments: [
            "shared_access_policy_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_sql_pool_extended_auditing_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_sql_pool_security_alert_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_sql_pool_vulnerability_assessment",
          computed: [],
          arguments: [
            "storage_account_access_key",
            "storage_container_sas_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_workspace",
          computed: [],
          arguments: [
            "sql_administrator_login_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_workspace_extended_auditing_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_workspace_security_alert_policy",
          computed: [],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_synapse_workspace_vulnerability_assessment",
          computed: [],
          arguments: [
            "storage_account_access_key",
            "storage_container_sas_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_system_center_virtual_machine_manager_server",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_system_center_virtual_machine_manager_virtual_machine_instance",
          computed: [],
          arguments: [
            "operating_system.admin_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_system_center_virtual_machine_manager_virtual_machine_instance_guest_agent",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_desktop_host_pool_registration_info",
          computed: [
            "token"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_machine",
          computed: [],
          arguments: [
            "os_profile.admin_password",
            "os_profile_windows_config.additional_unattend_config.content"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_machine_extension",
          computed: [],
          arguments: [
            "protected_settings"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_machine_run_command",
          computed: [],
          arguments: [
            "error_blob_managed_identity",
            "error_blob_managed_identity.client_id",
            "error_blob_managed_identity.object_id",
            "output_blob_managed_identity",
            "output_blob_managed_identity.client_id",
            "output_blob_managed_identity.object_id",
            "protected_parameter",
            "protected_parameter.name",
            "protected_parameter.value",
            "run_as_password",
            "source.script_uri_managed_identity",
            "source.script_uri_managed_identity.client_id",
            "source.script_uri_managed_identity.object_id"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_machine_scale_set",
          computed: [],
          arguments: [
            "extension.protected_settings",
            "os_profile.admin_password",
            "os_profile_windows_config.additional_unattend_config.content"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_machine_scale_set_extension",
          computed: [],
          arguments: [
            "protected_settings"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_network_gateway",
          computed: [],
          arguments: [
            "vpn_client_configuration.radius_server.secret",
            "vpn_client_configuration.radius_server_secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_virtual_network_gateway_connection",
          computed: [],
          arguments: [
            "authorization_key",
            "shared_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_vmware_express_route_authorization",
          computed: [
            "express_route_authorization_key"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_vmware_private_cloud",
          computed: [],
          arguments: [
            "nsxt_password",
            "vcenter_password"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_vpn_server_configuration",
          computed: [],
          arguments: [
            "radius.server.secret"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_web_app_hybrid_connection",
          computed: [
            "send_key_value"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_web_pubsub",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_web_pubsub_socketio",
          computed: [
            "primary_access_key",
            "primary_connection_string",
            "secondary_access_key",
            "secondary_connection_string"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_windows_function_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_windows_function_app_slot",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: [
            "storage_account_access_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_windows_virtual_machine",
          computed: [],
          arguments: [
            "additional_unattend_content.content",
            "admin_password",
            "custom_data"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_windows_web_app",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_windows_web_app_slot",
          computed: [
            "custom_domain_verification_id"
          ],
          arguments: []
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_workloads_sap_single_node_virtual_instance",
          computed: [],
          arguments: [
            "single_server_configuration.virtual_machine_configuration.os_profile.ssh_private_key"
          ]
        },
        {
          provider: "azurerm",
          kind: "resource",
          type: "azurerm_workloads_sap_three_tier_virtual_instance",
          computed: [],
          arguments: [
            "three_tier_configuration.application_server_configuration.virtual_machine_configuration.os_profile.ssh_private_key",
            "three_tier_configuration.central_server_configuration.virtual_machine_configuration.os_profile.ssh_private_key",
            "three_tier_configuration.database_server_configuration.virtual_machine_configuration.os_profile.ssh_private_key"
          ]
        },
        {
          provider: "google",
          kind: "data",
          type: "google_client_config",
          computed: [
            "access_token"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_compute_routers",
          computed: [
            "routers.md5_authentication_keys.key"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_kms_secret",
          computed: [
            "plaintext"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_kms_secret_asymmetric",
          computed: [
            "plaintext"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_kms_secret_ciphertext",
          computed: [],
          arguments: [
            "plaintext"
          ]
        },
        {
          provider: "google",
          kind: "data",
          type: "google_parameter_manager_parameter_version",
          computed: [
            "parameter_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_parameter_manager_parameter_version_render",
          computed: [
            "parameter_data",
            "rendered_parameter_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_parameter_manager_regional_parameter_version",
          computed: [
            "parameter_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_parameter_manager_regional_parameter_version_render",
          computed: [
            "parameter_data",
            "rendered_parameter_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_provider_config_plugin_framework",
          computed: [
            "access_token",
            "credentials"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_secret_manager_regional_secret_version",
          computed: [
            "secret_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_secret_manager_regional_secret_version_access",
          computed: [
            "secret_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_secret_manager_secret_version",
          computed: [
            "secret_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_secret_manager_secret_version_access",
          computed: [
            "secret_data"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_service_account_access_token",
          computed: [
            "access_token"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_service_account_id_token",
          computed: [
            "id_token"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_service_account_jwt",
          computed: [
            "jwt"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "data",
          type: "google_storage_object_signed_url",
          computed: [],
          arguments: [
            "credentials"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_active_directory_domain_trust",
          computed: [],
          arguments: [
            "trust_handshake_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_agent_identity_auth_provider",
          computed: [],
          arguments: [
            "auth_provider_type_params.api_key.api_key",
            "auth_provider_type_params.three_legged_oauth.client_secret",
            "auth_provider_type_params.two_legged_oauth.client_secret"
          ],
          writeOnly: [
            {
              argument: "client_secret",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_agentic_applications_analyst_agent_persona",
          computed: [],
          arguments: [
            "mcp_data_sources.api_key",
            "mcp_data_sources.client_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_alloydb_cluster",
          computed: [],
          arguments: [
            "initial_user.password"
          ],
          writeOnly: [
            {
              argument: "password",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_alloydb_user",
          computed: [],
          arguments: [
            "password"
          ],
          writeOnly: [
            {
              argument: "password",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_apigee_developer_app",
          computed: [
            "credentials.consumer_secret"
          ],
          arguments: [
            "consumer_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_apigee_keystores_aliases_key_cert_file",
          computed: [],
          arguments: [
            "key",
            "password"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_apikeys_key",
          computed: [
            "key_string"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_app_engine_application",
          computed: [
            "iap.oauth2_client_secret_sha256"
          ],
          arguments: [
            "iap.oauth2_client_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_backup_dr_restore_workload",
          computed: [],
          arguments: [
            "compute_instance_restore_properties.disks.disk_encryption_key.raw_key",
            "compute_instance_restore_properties.disks.disk_encryption_key.rsa_encrypted_key",
            "compute_instance_restore_properties.instance_encryption_key.raw_key",
            "compute_instance_restore_properties.instance_encryption_key.rsa_encrypted_key",
            "disk_restore_properties.disk_encryption_key.raw_key",
            "disk_restore_properties.disk_encryption_key.rsa_encrypted_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_bigquery_connection",
          computed: [],
          arguments: [
            "cloud_sql.credential.password",
            "configuration.authentication.username_password.password.plaintext"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_bigquery_data_transfer_config",
          computed: [],
          arguments: [
            "sensitive_params.secret_access_key"
          ],
          writeOnly: [
            {
              argument: "secret_access_key",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_certificate_manager_certificate",
          computed: [],
          arguments: [
            "self_managed.certificate_pem",
            "self_managed.pem_private_key",
            "self_managed.private_key_pem"
          ],
          writeOnly: [
            {
              argument: "pem_private_key",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_certificate_manager_trust_config",
          computed: [],
          arguments: [
            "trust_stores.intermediate_cas.pem_certificate",
            "trust_stores.trust_anchors.pem_certificate"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_chronicle_feed",
          computed: [
            "secret"
          ],
          arguments: [
            "details.amazon_s3_settings.authentication.refresh_uri",
            "details.amazon_s3_v2_settings.authentication.access_key_secret_auth.secret_access_key",
            "details.amazon_sqs_settings.authentication.additional_s3_access_key_secret_auth.secret_access_key",
            "details.amazon_sqs_settings.authentication.sqs_access_key_secret_auth.secret_access_key",
            "details.amazon_sqs_v2_settings.authentication.sqs_v2_access_key_secret_auth.secret_access_key",
            "details.anomali_settings.authentication.secret",
            "details.aws_ec2_hosts_settings.authentication.secret",
            "details.aws_ec2_instances_settings.authentication.secret",
            "details.aws_ec2_vpcs_settings.authentication.secret",
            "details.aws_iam_settings.authentication.secret",
            "details.azure_ad_audit_settings.authentication.client_secret",
            "details.azure_ad_context_settings.authentication.client_secret",
            "details.azure_ad_settings.authentication.client_secret",
            "details.azure_blob_store_settings.authentication.sas_token",
            "details.azure_blob_store_settings.authentication.shared_key",
            "details.azure_blob_store_v2_settings.authentication.access_key",
            "details.azure_blob_store_v2_settings.authentication.sas_token",
            "details.azure_event_hub_settings.azure_sas_token",
            "details.azure_mdm_intune_settings.authentication.client_secret",
            "details.cloud_passage_settings.authentication.secret",
            "details.cortex_xdr_settings.authentication.header_key_values.value",
            "details.crowdstrike_alerts_settings.authentication.client_secret",
            "details.crowdstrike_detects_settings.authentication.client_secret",
            "details.dummy_log_type_settings.authentication.header_key_values.value",
            "details.duo_auth_settings.authentication.secret",
            "details.duo_user_context_settings.authentication.secret",
            "details.fox_it_stix_settings.authentication.secret",
            "details.fox_it_stix_settings.ssl.encoded_private_key",
            "details.fox_it_stix_settings.ssl.ssl_certificate",
            "details.google_cloud_identity_device_users_settings.authentication.rs_credentials.private_key",
            "details.google_cloud_identity_devices_settings.authentication.rs_credentials.private_key",
            "details.imperva_waf_settings.authentication.header_key_values.value",
            "details.mandiant_ioc_settings.authentication.header_key_values.value",
            "details.microsoft_graph_alert_settings.authentication.client_secret",
            "details.microsoft_security_center_alert_settings.authentication.client_secret",
            "details.mimecast_mail_settings.authentication.header_key_values.value",
            "details.mimecast_mail_v2_settings.auth_credentials.client_secret",
            "details.netskope_alert_settings.authentication.header_key_values.value",
            "details.netskope_alert_v2_settings.authentication.header_key_values.value",
            "details.office365_settings.authentication.client_secret",
            "details.okta_settings.authentication.header_key_values.value",
            "details.okta_user_context_settings.authentication.header_key_values.value",
            "details.pan_ioc_settings.authentication.header_key_values.value",
            "details.pan_prisma_cloud_settings.authentication.password",
            "details.proofpoint_mail_settings.authentication.secret",
            "details.proofpoint_on_demand_settings.authentication.header_key_values.value",
            "details.qualys_scan_settings.authentication.secret",
            "details.qualys_vm_settings.authentication.secret",
            "details.rapid7_insight_settings.authentication.header_key_values.value",
            "details.recorded_future_ioc_settings.authentication.header_key_values.value",
            "details.rh_isac_ioc_settings.authentication.client_secret",
            "details.salesforce_settings.oauth_jwt_credentials.rs_credentials.private_key",
            "details.sentinelone_alert_settings.authentication.header_key_values.value",
            "details.service_now_cmdb_settings.authentication.secret",
            "details.sftp_settings.authentication.password",
            "details.sftp_settings.authentication.private_key",
            "details.symantec_event_export_settings.authentication.client_secret",
            "details.thinkst_canary_settings.authentication.header_key_values.value",
            "details.threat_connect_ioc_settings.authentication.secret",
            "details.threat_connect_ioc_v3_settings.authentication.secret",
            "details.trellix_hx_alerts_settings.authentication.msso.password",
            "details.trellix_hx_alerts_settings.authentication.trellix_iam.client_secret",
            "details.trellix_hx_bulk_acqs_settings.authentication.msso.password",
            "details.trellix_hx_bulk_acqs_settings.authentication.trellix_iam.client_secret",
            "details.trellix_hx_hosts_settings.authentication.msso.password",
            "details.trellix_hx_hosts_settings.authentication.trellix_iam.client_secret",
            "details.workday_settings.authentication.client_secret",
            "details.workday_settings.authentication.secret",
            "details.workspace_activity_settings.authentication.rs_credentials.private_key",
            "details.workspace_alerts_settings.authentication.rs_credentials.private_key",
            "details.workspace_chrome_os_settings.authentication.rs_credentials.private_key",
            "details.workspace_groups_settings.authentication.rs_credentials.private_key",
            "details.workspace_mobile_settings.authentication.rs_credentials.private_key",
            "details.workspace_privileges_settings.authentication.rs_credentials.private_key",
            "details.workspace_users_settings.authentication.rs_credentials.private_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_composer_user_workloads_secret",
          computed: [],
          arguments: [
            "data"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_backend_bucket_signed_url_key",
          computed: [],
          arguments: [
            "key_value"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_backend_service",
          computed: [
            "iap.oauth2_client_secret_sha256"
          ],
          arguments: [
            "iap.oauth2_client_id",
            "iap.oauth2_client_secret",
            "security_settings.aws_v4_authentication.access_key"
          ],
          writeOnly: [
            {
              argument: "oauth2_client_id",
              version: "version"
            },
            {
              argument: "oauth2_client_secret",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_disk",
          computed: [],
          arguments: [
            "disk_encryption_key.raw_key",
            "disk_encryption_key.rsa_encrypted_key",
            "source_image_encryption_key.raw_key",
            "source_snapshot_encryption_key.raw_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_image",
          computed: [],
          arguments: [
            "image_encryption_key.raw_key",
            "image_encryption_key.rsa_encrypted_key",
            "source_disk_encryption_key.raw_key",
            "source_disk_encryption_key.rsa_encrypted_key",
            "source_image_encryption_key.raw_key",
            "source_image_encryption_key.rsa_encrypted_key",
            "source_snapshot_encryption_key.raw_key",
            "source_snapshot_encryption_key.rsa_encrypted_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_instance",
          computed: [],
          arguments: [
            "attached_disk.disk_encryption_key_raw",
            "attached_disk.disk_encryption_key_rsa",
            "boot_disk.disk_encryption_key_raw",
            "boot_disk.disk_encryption_key_rsa",
            "boot_disk.initialize_params.source_image_encryption_key.raw_key",
            "boot_disk.initialize_params.source_image_encryption_key.rsa_encrypted_key",
            "boot_disk.initialize_params.source_snapshot_encryption_key.raw_key",
            "boot_disk.initialize_params.source_snapshot_encryption_key.rsa_encrypted_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_instance_template",
          computed: [],
          arguments: [
            "disk.source_image_encryption_key.raw_key",
            "disk.source_image_encryption_key.rsa_encrypted_key",
            "disk.source_snapshot_encryption_key.raw_key",
            "disk.source_snapshot_encryption_key.rsa_encrypted_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_region_backend_service",
          computed: [
            "iap.oauth2_client_secret_sha256"
          ],
          arguments: [
            "iap.oauth2_client_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_region_disk",
          computed: [],
          arguments: [
            "disk_encryption_key.raw_key",
            "disk_encryption_key.rsa_encrypted_key",
            "source_image_encryption_key.raw_key",
            "source_image_encryption_key.rsa_encrypted_key",
            "source_snapshot_encryption_key.raw_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_region_instance_template",
          computed: [],
          arguments: [
            "disk.source_image_encryption_key.raw_key",
            "disk.source_image_encryption_key.rsa_encrypted_key",
            "disk.source_snapshot_encryption_key.raw_key",
            "disk.source_snapshot_encryption_key.rsa_encrypted_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_region_ssl_certificate",
          computed: [],
          arguments: [
            "certificate",
            "private_key"
          ],
          writeOnly: [
            {
              argument: "private_key",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_router_peer",
          computed: [],
          arguments: [
            "md5_authentication_key.key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_snapshot",
          computed: [],
          arguments: [
            "snapshot_encryption_key.raw_key",
            "snapshot_encryption_key.rsa_encrypted_key",
            "source_disk_encryption_key.raw_key",
            "source_disk_encryption_key.rsa_encrypted_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_ssl_certificate",
          computed: [],
          arguments: [
            "certificate",
            "private_key"
          ],
          writeOnly: [
            {
              argument: "private_key",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_compute_vpn_tunnel",
          computed: [],
          arguments: [
            "shared_secret"
          ],
          writeOnly: [
            {
              argument: "shared_secret",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_container_cluster",
          computed: [
            "master_auth.client_key"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_data_loss_prevention_deidentify_template",
          computed: [],
          arguments: [
            "deidentify_config.record_transformations.field_transformations.info_type_transformations.transformations.primitive_transformation.crypto_deterministic_config.crypto_key.unwrapped.key",
            "deidentify_config.record_transformations.field_transformations.info_type_transformations.transformations.primitive_transformation.crypto_hash_config.crypto_key.unwrapped.key",
            "deidentify_config.record_transformations.field_transformations.info_type_transformations.transformations.primitive_transformation.crypto_replace_ffx_fpe_config.crypto_key.unwrapped.key",
            "deidentify_config.record_transformations.field_transformations.info_type_transformations.transformations.primitive_transformation.date_shift_config.crypto_key.unwrapped.key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_database_migration_service_connection_profile",
          computed: [],
          arguments: [
            "alloydb.settings.initial_user.password",
            "cloudsql.settings.root_password",
            "mysql.password",
            "mysql.ssl.ca_certificate",
            "mysql.ssl.client_certificate",
            "mysql.ssl.client_key",
            "oracle.forward_ssh_connectivity.password",
            "oracle.forward_ssh_connectivity.private_key",
            "oracle.password",
            "oracle.ssl.ca_certificate",
            "oracle.ssl.client_certificate",
            "oracle.ssl.client_key",
            "postgresql.password",
            "postgresql.ssl.ca_certificate",
            "postgresql.ssl.client_certificate",
            "postgresql.ssl.client_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_datastream_connection_profile",
          computed: [],
          arguments: [
            "forward_ssh_connectivity.password",
            "forward_ssh_connectivity.private_key",
            "mongodb_profile.password",
            "mongodb_profile.ssl_config.ca_certificate",
            "mongodb_profile.ssl_config.client_certificate",
            "mongodb_profile.ssl_config.client_key",
            "mongodb_profile.ssl_config.secret_manager_stored_client_key",
            "mysql_profile.password",
            "mysql_profile.ssl_config.ca_certificate",
            "mysql_profile.ssl_config.client_certificate",
            "mysql_profile.ssl_config.client_key",
            "oracle_profile.password",
            "postgresql_profile.password",
            "postgresql_profile.ssl_config.server_and_client_verification.ca_certificate",
            "postgresql_profile.ssl_config.server_and_client_verification.client_certificate",
            "postgresql_profile.ssl_config.server_and_client_verification.client_key",
            "postgresql_profile.ssl_config.server_verification.ca_certificate",
            "sql_server_profile.password"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_dialogflow_cx_agent",
          computed: [],
          arguments: [
            "git_integration_settings.github_settings.access_token"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_dialogflow_cx_tool",
          computed: [],
          arguments: [
            "open_api_spec.authentication.api_key_config.api_key",
            "open_api_spec.authentication.bearer_token_config.token",
            "open_api_spec.authentication.oauth_config.client_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_dialogflow_cx_tool_version",
          computed: [],
          arguments: [
            "tool.open_api_spec.authentication.api_key_config.api_key",
            "tool.open_api_spec.authentication.bearer_token_config.token",
            "tool.open_api_spec.authentication.oauth_config.client_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_edgecontainer_cluster",
          computed: [
            "cluster_ca_certificate"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_firebase_app_check_debug_token",
          computed: [],
          arguments: [
            "token"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_firebase_app_check_device_check_config",
          computed: [],
          arguments: [
            "private_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_firebase_app_check_recaptcha_v3_config",
          computed: [],
          arguments: [
            "site_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_firestore_user_creds",
          computed: [
            "secure_password"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_iam_oauth_client_credential",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_iam_workforce_pool_provider",
          computed: [],
          arguments: [
            "extended_attributes_oauth2_client.client_secret.value.plain_text",
            "extra_attributes_oauth2_client.client_secret.value.plain_text",
            "oidc.client_secret.value.plain_text"
          ],
          writeOnly: [
            {
              argument: "plain_text",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_iam_workforce_pool_provider_scim_token",
          computed: [
            "security_token"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_iap_settings",
          computed: [],
          arguments: [
            "access_settings.oauth_settings.client_secret",
            "access_settings.workforce_identity_settings.oauth2.client_secret"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_identity_platform_config",
          computed: [
            "client.api_key"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_kms_secret_ciphertext",
          computed: [],
          arguments: [
            "additional_authenticated_data",
            "plaintext"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_monitoring_notification_channel",
          computed: [],
          arguments: [
            "sensitive_labels.auth_token",
            "sensitive_labels.password",
            "sensitive_labels.service_key"
          ],
          writeOnly: [
            {
              argument: "auth_token",
              version: "version"
            },
            {
              argument: "password",
              version: "version"
            },
            {
              argument: "service_key",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_monitoring_uptime_check_config",
          computed: [],
          arguments: [
            "http_check.auth_info.password"
          ],
          writeOnly: [
            {
              argument: "password",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_netapp_active_directory",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_network_services_edge_cache_keyset",
          computed: [],
          arguments: [
            "public_key.value"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_parameter_manager_parameter_version",
          computed: [],
          arguments: [
            "parameter_data"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_parameter_manager_regional_parameter_version",
          computed: [],
          arguments: [
            "parameter_data"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_public_ca_external_account_key",
          computed: [
            "b64_mac_key",
            "b64url_mac_key",
            "key_id",
            "mac_key"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_redis_instance",
          computed: [
            "auth_string"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_secret_manager_regional_secret_version",
          computed: [],
          arguments: [
            "secret_data"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_secret_manager_secret_version",
          computed: [],
          arguments: [
            "secret_data"
          ],
          writeOnly: [
            {
              argument: "secret_data",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_secure_source_manager_hook",
          computed: [],
          arguments: [
            "sensitive_query_string"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_service_account_key",
          computed: [
            "private_key"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_sql_database_instance",
          computed: [
            "server_ca_cert"
          ],
          arguments: [
            "replica_configuration",
            "replica_configuration.password",
            "root_password"
          ],
          writeOnly: [
            {
              argument: "root_password",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_sql_source_representation_instance",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_sql_ssl_cert",
          computed: [
            "cert",
            "private_key",
            "server_ca_cert"
          ],
          arguments: []
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_sql_user",
          computed: [],
          arguments: [
            "password"
          ],
          writeOnly: [
            {
              argument: "password",
              version: "version"
            }
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_storage_bucket_object",
          computed: [],
          arguments: [
            "content",
            "customer_encryption",
            "customer_encryption.encryption_key"
          ]
        },
        {
          provider: "google",
          kind: "resource",
          type: "google_storage_hmac_key",
          computed: [
            "secret"
          ],
          arguments: []
        },
        {
          provider: "kubernetes",
          kind: "data",
          type: "kubernetes_secret",
          computed: [
            "data"
          ],
          arguments: [
            "binary_data"
          ]
        },
        {
          provider: "kubernetes",
          kind: "data",
          type: "kubernetes_secret_v1",
          computed: [
            "data"
          ],
          arguments: [
            "binary_data"
          ]
        },
        {
          provider: "kubernetes",
          kind: "resource",
          type: "kubernetes_secret",
          computed: [],
          arguments: [
            "binary_data",
            "data"
          ],
          writeOnly: [
            {
              argument: "binary_data",
              version: "revision"
            },
            {
              argument: "data",
              version: "revision"
            }
          ]
        },
        {
          provider: "kubernetes",
          kind: "resource",
          type: "kubernetes_secret_v1",
          computed: [],
          arguments: [
            "binary_data",
            "data"
          ],
          writeOnly: [
            {
              argument: "binary_data",
              version: "revision"
            },
            {
              argument: "data",
              version: "revision"
            }
          ]
        },
        {
          provider: "kubernetes",
          kind: "resource",
          type: "kubernetes_token_request_v1",
          computed: [
            "token"
          ],
          arguments: []
        },
        {
          provider: "helm",
          kind: "resource",
          type: "helm_release",
          computed: [],
          arguments: [
            "repository_password",
            "set_sensitive.value"
          ],
          writeOnly: [
            {
              argument: "set",
              version: "revision"
            }
          ]
        },
        {
          provider: "helm",
          kind: "resource",
          type: "helm_template",
          computed: [],
          arguments: [
            "repository_password",
            "set_sensitive.value"
          ]
        },
        {
          provider: "random",
          kind: "resource",
          type: "random_bytes",
          computed: [
            "base64",
            "hex"
          ],
          arguments: []
        },
        {
          provider: "random",
          kind: "resource",
          type: "random_password",
          computed: [
            "bcrypt_hash",
            "result"
          ],
          arguments: []
        },
        {
          provider: "tls",
          kind: "data",
          type: "tls_public_key",
          computed: [],
          arguments: [
            "private_key_openssh",
            "private_key_pem"
          ]
        },
        {
          provider: "tls",
          kind: "resource",
          type: "tls_cert_request",
          computed: [],
          arguments: [
            "private_key_pem"
          ]
        },
        {
          provider: "tls",
          kind: "resource",
          type: "tls_locally_signed_cert",
          computed: [],
          arguments: [
            "ca_private_key_pem"
          ]
        },
        {
          provider: "tls",
          kind: "resource",
          type: "tls_private_key",
          computed: [
            "private_key_openssh",
            "private_key_pem",
            "private_key_pem_pkcs8"
          ],
          arguments: []
        },
        {
          provider: "tls",
          kind: "resource",
          type: "tls_self_signed_cert",
          computed: [],
          arguments: [
            "private_key_pem"
          ]
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_ad_access_credentials",
          computed: [
            "current_password",
            "last_password"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_aws_access_credentials",
          computed: [
            "access_key",
            "secret_key",
            "security_token"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_azure_access_credentials",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_identity_oidc_client_creds",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_nomad_access_token",
          computed: [
            "secret_id"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_pki_external_ca_secret_backend_order_challenge",
          computed: [
            "key_authorization"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_transit_decrypt",
          computed: [
            "plaintext"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "data",
          type: "vault_transit_encrypt",
          computed: [],
          arguments: [
            "plaintext"
          ]
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_ad_secret_backend",
          computed: [],
          arguments: [
            "bindpass",
            "client_tls_cert",
            "client_tls_key"
          ]
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_aws_auth_backend_login",
          computed: [
            "client_token"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_consul_secret_backend",
          computed: [],
          arguments: [
            "client_cert",
            "client_key",
            "token"
          ]
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_generic_secret",
          computed: [
            "data"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_identity_oidc_client",
          computed: [
            "client_secret"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_mfa_okta",
          computed: [],
          arguments: [
            "api_token"
          ]
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_pki_external_ca_secret_backend_acme_account",
          computed: [],
          arguments: [
            "eab_key",
            "eab_kid"
          ]
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_pki_external_ca_secret_backend_order_certificate",
          computed: [
            "private_key"
          ],
          arguments: []
        },
        {
          provider: "vault",
          kind: "resource",
          type: "vault_ssh_secret_backend_ca",
          computed: [],
          arguments: [
            "private_key"
          ]
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_application",
          computed: [
            "password.value"
          ],
          arguments: []
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_application_certificate",
          computed: [],
          arguments: [
            "value"
          ]
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_application_password",
          computed: [
            "value"
          ],
          arguments: []
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_service_principal_certificate",
          computed: [],
          arguments: [
            "value"
          ]
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_service_principal_password",
          computed: [
            "value"
          ],
          arguments: []
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_service_principal_token_signing_certificate",
          computed: [
            "value"
          ],
          arguments: []
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_synchronization_secret",
          computed: [],
          arguments: [
            "credential.value"
          ]
        },
        {
          provider: "azuread",
          kind: "resource",
          type: "azuread_user",
          computed: [],
          arguments: [
            "password"
          ]
        },
        {
          provider: "github",
          kind: "data",
          type: "github_app_token",
          computed: [
            "token"
          ],
          arguments: []
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_actions_environment_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value",
            "value",
            "value_encrypted"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_actions_organization_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value",
            "value",
            "value_encrypted"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_actions_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value",
            "value",
            "value_encrypted"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_codespaces_organization_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_codespaces_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_codespaces_user_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_dependabot_organization_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value",
            "value",
            "value_encrypted"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_dependabot_secret",
          computed: [],
          arguments: [
            "encrypted_value",
            "plaintext_value",
            "value",
            "value_encrypted"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_organization_webhook",
          computed: [],
          arguments: [
            "configuration.secret",
            "configuration.url"
          ]
        },
        {
          provider: "github",
          kind: "resource",
          type: "github_repository_webhook",
          computed: [],
          arguments: [
            "configuration.secret",
            "configuration.url"
          ]
        }
      ]
    };
  }
});

// src/terraform/catalogue.ts
function withTrigger(pair) {
  return pair.version ? ` (with ${pair.version})` : "";
}
function keepPath(path) {
  return !path.endsWith("_wo") && !path.split(".").some((step) => NOT_A_SECRET2.test(step));
}
function topLevel(paths) {
  const kept = paths.filter(keepPath);
  const holdsNoSecretLeaf = (path) => !path.includes(".") && paths.some((other) => other.startsWith(`${path}.`)) && !kept.some((other) => other.startsWith(`${path}.`));
  return [...new Set(kept.filter((path) => !holdsNoSecretLeaf(path)).map((path) => path.split(".")[0]))];
}
function union2(...lists) {
  return [...new Set(lists.flat())];
}
function merge2(entry, overlay) {
  const notSecret = HAND_NOT_SECRET[`${entry.kind}.${entry.type}`] ?? [];
  const computed = topLevel(entry.computed.filter((path) => !notSecret.includes(path)));
  const settable = entry.arguments.filter((path) => keepPath(path) && !notSecret.includes(path));
  if (overlay) {
    if (overlay.stored === "always") return { ...overlay, attributes: union2(overlay.attributes, computed) };
    const alwaysStored = computed.filter((name) => !overlay.attributes.includes(name));
    return { ...overlay, attributes: union2(overlay.attributes, settable, alwaysStored), ...alwaysStored.length > 0 ? { alwaysStored } : {} };
  }
  if (computed.length === 0 && settable.length === 0) return void 0;
  const kind = entry.kind === "data" ? "data" : "resource";
  if (kind === "data" && computed.length === 0) return { provider: entry.provider, kind, type: entry.type, attributes: topLevel(settable), stored: "when-set" };
  if (kind === "data") return { provider: entry.provider, kind, type: entry.type, attributes: union2(computed, topLevel(settable)), stored: "always" };
  if (settable.length === 0) return { provider: entry.provider, kind, type: entry.type, attributes: computed, stored: "always" };
  const writeOnly = (entry.writeOnly ?? []).filter((pair) => settable.includes(pair.argument)).map((pair) => pair.version ? wo(pair.argument, pair.version) : { argument: pair.argument, writeOnly: `${pair.argument}_wo` });
  return {
    provider: entry.provider,
    kind,
    type: entry.type,
    attributes: union2(settable, computed),
    stored: "when-set",
    ...computed.length > 0 ? { alwaysStored: computed } : {},
    ...writeOnly.length > 0 ? { writeOnly } : {}
  };
}
function buildCatalogue() {
  const overlays = new Map(HAND_OVERLAY.map((entry) => [`${entry.kind}.${entry.type}`, entry]));
  const merged = [];
  for (const entry of catalogue_data_default.entries) {
    const key = `${entry.kind}.${entry.type}`;
    const result = merge2(entry, overlays.get(key));
    overlays.delete(key);
    if (result) merged.push(result);
  }
  return [...merged, ...overlays.values()];
}
function catalogueEntry(kind, type) {
  return (kind === "data" ? DATA_SOURCES : RESOURCES).get(type);
}
function fixFor(entry, applies = {}) {
  const parts = [];
  if (entry.ephemeral && applies.ephemeral !== false) {
    parts.push(`read it with ephemeral "${entry.ephemeral}" (Terraform >= 1.10) and pass the value only to write-only arguments, providers or other ephemeral blocks`);
  }
  for (const pair of applies.writeOnly ?? entry.writeOnly ?? []) {
    parts.push(`set the write-only ${pair.writeOnly}${withTrigger(pair)} instead of ${pair.argument} (Terraform >= 1.11)`);
  }
  if (entry.advice) parts.push(entry.advice);
  return parts.length > 0 ? parts.join("; ") : "keep the state in a backend that encrypts it with a key you control";
}
var wo, HAND_OVERLAY, NOT_A_SECRET2, HAND_NOT_SECRET, SECRET_STATE_CATALOGUE, CATALOGUE_PROVIDERS, DATA_SOURCES, RESOURCES;
var init_catalogue = __esm({
  "src/terraform/catalogue.ts"() {
    "use strict";
    init_catalogue_data();
    wo = (argument, version2 = "version") => ({
      argument,
      writeOnly: `${argument}_wo`,
      version: `${argument}_wo_${version2}`
    });
    HAND_OVERLAY = [
      // AWS (hashicorp/aws)
      { provider: "aws", kind: "data", type: "aws_secretsmanager_secret_version", attributes: ["secret_string", "secret_binary"], stored: "always", ephemeral: "aws_secretsmanager_secret_version" },
      { provider: "aws", kind: "data", type: "aws_ssm_parameter", attributes: ["value", "insecure_value"], stored: "always", safeWhen: [{ argument: "with_decryption", equals: false }, { argument: "load_value", equals: false }], ephemeral: "aws_ssm_parameter", byName: true },
      { provider: "aws", kind: "data", type: "aws_kms_secrets", attributes: ["plaintext"], stored: "always", ephemeral: "aws_kms_secrets" },
      { provider: "aws", kind: "data", type: "aws_secretsmanager_random_password", attributes: ["random_password"], stored: "always", ephemeral: "aws_secretsmanager_random_password" },
      { provider: "aws", kind: "data", type: "aws_ecr_authorization_token", attributes: ["authorization_token", "password"], stored: "always", ephemeral: "aws_ecr_authorization_token" },
      { provider: "aws", kind: "data", type: "aws_ecrpublic_authorization_token", attributes: ["authorization_token", "password"], stored: "always", ephemeral: "aws_ecrpublic_authorization_token" },
      { provider: "aws", kind: "data", type: "aws_eks_cluster_auth", attributes: ["token"], stored: "always", ephemeral: "aws_eks_cluster_auth" },
      { provider: "aws", kind: "resource", type: "aws_ssm_parameter", attributes: ["value"], stored: "when-set", onlyWhen: { argument: "type", equals: "SecureString" }, writeOnly: [wo("value")] },
      { provider: "aws", kind: "resource", type: "aws_iam_access_key", attributes: ["secret", "ses_smtp_password_v4"], stored: "always", safeWhen: [{ argument: "pgp_key" }], advice: "set pgp_key so state holds only encrypted_secret, or better, do not mint long-lived access keys with Terraform (use roles and short-lived credentials)" },
      { provider: "aws", kind: "resource", type: "aws_iam_user_login_profile", attributes: ["password"], stored: "always", safeWhen: [{ argument: "pgp_key" }], advice: "set pgp_key so state holds only encrypted_password" },
      { provider: "aws", kind: "resource", type: "aws_mq_broker", attributes: ["user.password"], stored: "when-set", advice: "or use LDAP authentication for the broker, so no user password is set in Terraform" },
      { provider: "aws", kind: "resource", type: "aws_db_instance", attributes: ["password"], stored: "when-set", writeOnly: [wo("password")], advice: "or let RDS keep the password in Secrets Manager (manage_master_user_password = true)" },
      { provider: "aws", kind: "resource", type: "aws_rds_cluster", attributes: ["master_password"], stored: "when-set", writeOnly: [wo("master_password")], advice: "or let RDS keep the password in Secrets Manager (manage_master_user_password = true)" },
      // Azure (hashicorp/azurerm)
      { provider: "azurerm", kind: "data", type: "azurerm_key_vault_secret", attributes: ["value"], stored: "always", ephemeral: "azurerm_key_vault_secret" },
      { provider: "azurerm", kind: "data", type: "azurerm_key_vault_certificate_data", attributes: ["pem", "key"], stored: "always", ephemeral: "azurerm_key_vault_certificate" },
      { provider: "azurerm", kind: "resource", type: "azurerm_key_vault_secret", attributes: ["value"], stored: "when-set", writeOnly: [wo("value")] },
      { provider: "azurerm", kind: "resource", type: "azurerm_mssql_server", attributes: ["administrator_login_password"], stored: "when-set", writeOnly: [wo("administrator_login_password")] },
      { provider: "azurerm", kind: "resource", type: "azurerm_mysql_flexible_server", attributes: ["administrator_password"], stored: "when-set", writeOnly: [wo("administrator_password")] },
      { provider: "azurerm", kind: "resource", type: "azurerm_postgresql_flexible_server", attributes: ["administrator_password"], stored: "when-set", writeOnly: [wo("administrator_password")] },
      { provider: "azurerm", kind: "resource", type: "azurerm_mssql_job_credential", attributes: ["password"], stored: "when-set", writeOnly: [wo("password")] },
      { provider: "azurerm", kind: "resource", type: "azurerm_storage_account", attributes: ["primary_access_key", "secondary_access_key", "primary_connection_string"], stored: "always", safeWhen: [{ argument: "shared_access_key_enabled", equals: false }], advice: "turn shared keys off (shared_access_key_enabled = false) and authenticate with Microsoft Entra ID" },
      { provider: "azurerm", kind: "resource", type: "azurerm_container_registry", attributes: ["admin_password"], stored: "always", onlyWhen: { argument: "admin_enabled", equals: true }, advice: "keep the admin user off (admin_enabled = false) and pull with a managed identity or a scoped token" },
      { provider: "azurerm", kind: "data", type: "azurerm_storage_account", attributes: ["primary_access_key", "secondary_access_key", "primary_connection_string"], stored: "always", advice: "authenticate with Microsoft Entra ID instead of reading the account keys" },
      // Google (hashicorp/google)
      { provider: "google", kind: "data", type: "google_secret_manager_secret_version", attributes: ["secret_data"], stored: "always", ephemeral: "google_secret_manager_secret_version" },
      { provider: "google", kind: "resource", type: "google_secret_manager_secret_version", attributes: ["secret_data"], stored: "when-set", writeOnly: [wo("secret_data")] },
      { provider: "google", kind: "data", type: "google_client_config", attributes: ["access_token"], stored: "always", ephemeral: "google_client_config" },
      { provider: "google", kind: "data", type: "google_service_account_access_token", attributes: ["access_token"], stored: "always", ephemeral: "google_service_account_access_token" },
      { provider: "google", kind: "data", type: "google_service_account_id_token", attributes: ["id_token"], stored: "always", ephemeral: "google_service_account_id_token" },
      { provider: "google", kind: "data", type: "google_service_account_jwt", attributes: ["jwt"], stored: "always", ephemeral: "google_service_account_jwt" },
      { provider: "google", kind: "resource", type: "google_service_account_key", attributes: ["private_key"], stored: "always", advice: "prefer keyless authentication (Workload Identity Federation) to exported service account keys" },
      { provider: "google", kind: "resource", type: "google_sql_user", attributes: ["password"], stored: "when-set", writeOnly: [wo("password")] },
      { provider: "google", kind: "resource", type: "google_container_cluster", attributes: ["master_auth"], stored: "always", onlyWhen: { argument: "master_auth.client_certificate_config.issue_client_certificate", equals: true }, advice: "do not issue client certificates (the default since GKE 1.12): authenticate with Google credentials" },
      // Vault (hashicorp/vault)
      { provider: "vault", kind: "data", type: "vault_generic_secret", attributes: ["data", "data_json"], stored: "always", ephemeral: "vault_generic_secret" },
      { provider: "vault", kind: "data", type: "vault_kv_secret_v2", attributes: ["data", "data_json"], stored: "always", ephemeral: "vault_kv_secret_v2" },
      { provider: "vault", kind: "data", type: "vault_aws_access_credentials", attributes: ["access_key", "secret_key", "security_token"], stored: "always", ephemeral: "vault_aws_access_credentials" },
      { provider: "vault", kind: "resource", type: "vault_kv_secret_v2", attributes: ["data_json"], stored: "when-set", writeOnly: [wo("data_json")] },
      { provider: "vault", kind: "resource", type: "vault_generic_secret", attributes: ["data_json"], stored: "when-set", advice: "write it with vault_kv_secret_v2 and its write-only data_json_wo (with data_json_wo_version)" },
      { provider: "vault", kind: "resource", type: "vault_approle_auth_backend_role_secret_id", attributes: ["secret_id"], stored: "always", ephemeral: "vault_approle_auth_backend_role_secret_id" },
      { provider: "vault", kind: "resource", type: "vault_token", attributes: ["client_token"], stored: "always", ephemeral: "vault_token" },
      // Generated secrets (hashicorp/random, hashicorp/tls)
      { provider: "random", kind: "resource", type: "random_password", attributes: ["result", "bcrypt_hash"], stored: "always", ephemeral: "random_password" },
      { provider: "random", kind: "resource", type: "random_bytes", attributes: ["base64", "hex"], stored: "always", ephemeral: "random_bytes" },
      { provider: "tls", kind: "resource", type: "tls_private_key", attributes: ["private_key_pem", "private_key_openssh", "private_key_pem_pkcs8"], stored: "always", ephemeral: "tls_private_key" },
      // Kubernetes (hashicorp/kubernetes)
      { provider: "kubernetes", kind: "data", type: "kubernetes_secret", attributes: ["data", "binary_data"], stored: "always", advice: "the provider has no ephemeral secret reader: read the secret where it is used (in the cluster), or keep it in a secret manager and read it with an ephemeral resource" },
      { provider: "kubernetes", kind: "data", type: "kubernetes_secret_v1", attributes: ["data", "binary_data"], stored: "always", advice: "the provider has no ephemeral secret reader: read the secret where it is used (in the cluster), or keep it in a secret manager and read it with an ephemeral resource" },
      { provider: "kubernetes", kind: "resource", type: "kubernetes_secret_v1", attributes: ["data", "binary_data"], stored: "when-set", writeOnly: [wo("data", "revision"), wo("binary_data", "revision")] },
      { provider: "kubernetes", kind: "resource", type: "kubernetes_secret", attributes: ["data", "binary_data"], stored: "when-set", advice: "move to kubernetes_secret_v1 and its write-only data_wo (with data_wo_revision)" },
      // GitHub (integrations/github)
      { provider: "github", kind: "resource", type: "github_actions_secret", attributes: ["plaintext_value"], stored: "when-set", advice: "pass encrypted_value (sealed with the repository public key) instead of plaintext_value" },
      { provider: "github", kind: "resource", type: "github_actions_environment_secret", attributes: ["plaintext_value"], stored: "when-set", advice: "pass encrypted_value (sealed with the repository public key) instead of plaintext_value" },
      { provider: "github", kind: "resource", type: "github_actions_organization_secret", attributes: ["plaintext_value"], stored: "when-set", advice: "pass encrypted_value (sealed with the organization public key) instead of plaintext_value" },
      { provider: "github", kind: "resource", type: "github_dependabot_secret", attributes: ["plaintext_value"], stored: "when-set", advice: "pass encrypted_value (sealed with the repository public key) instead of plaintext_value" },
      { provider: "github", kind: "resource", type: "github_dependabot_organization_secret", attributes: ["plaintext_value"], stored: "when-set", advice: "pass encrypted_value (sealed with the organization public key) instead of plaintext_value" }
    ];
    NOT_A_SECRET2 = /encrypted|(?:^|_)(?:ca|cert|certificate|trusted_ca|id|public_keys?|user_?name)$/;
    HAND_NOT_SECRET = {
      "resource.azurerm_application_insights": ["instrumentation_key", "connection_string"],
      "data.azurerm_application_insights": ["instrumentation_key", "connection_string"],
      // Certificates (public by design). Not by name: azurerm's netapp `server.certificate_pem` is a certificate and its private key.
      "resource.aws_iot_certificate": ["ca_pem", "certificate_pem"],
      "resource.aws_iot_ca_certificate": ["ca_certificate_pem", "verification_certificate_pem"],
      "resource.aws_transfer_certificate": ["certificate_chain"],
      "data.aws_dms_certificate": ["certificate_pem"],
      // Banners shown to every client before and after login.
      "resource.aws_transfer_server": ["pre_authentication_login_banner", "post_authentication_login_banner"],
      // An agent's prompt and a tool's input schema: configuration the provider hides from plan output, not credentials.
      "resource.aws_bedrockagentcore_harness": ["system_prompt.text", "tool.config.inline_function.input_schema"]
    };
    SECRET_STATE_CATALOGUE = buildCatalogue();
    CATALOGUE_PROVIDERS = catalogue_data_default.providers;
    DATA_SOURCES = new Map(SECRET_STATE_CATALOGUE.filter((entry) => entry.kind === "data").map((entry) => [entry.type, entry]));
    RESOURCES = new Map(SECRET_STATE_CATALOGUE.filter((entry) => entry.kind === "resource").map((entry) => [entry.type, entry]));
  }
});

// src/terraform/syntax.ts
function objectKeyName(key) {
  if (key.kind === "traversal" && key.path.length === 0) return key.root;
  return key.kind === "string" ? key.value : void 0;
}
function addObjectAsAttributes(object, body) {
  for (const entry of object.entries) {
    if (entry.key !== void 0) body.attributes.push({ name: entry.key, nameSpan: entry.keySpan, value: entry.value, span: { start: entry.keySpan.start, end: entry.value.span.end } });
  }
}
function attributeOf(body, name) {
  return body.attributes.find((attribute2) => attribute2.name === name);
}
function blocksOf(body, type) {
  return body.blocks.filter((block) => block.type === type);
}
function forEachExpr(expr, visit) {
  visit(expr);
  switch (expr.kind) {
    case "template":
    case "other":
      for (const part of expr.parts) forEachExpr(part, visit);
      break;
    case "call":
      for (const arg of expr.args) forEachExpr(arg, visit);
      break;
    case "object":
      for (const entry of expr.entries) forEachExpr(entry.value, visit);
      break;
    case "tuple":
      for (const item of expr.items) forEachExpr(item, visit);
      break;
    default:
      break;
  }
}
function walkExpr(expr) {
  const out = [];
  forEachExpr(expr, (node) => out.push(node));
  return out;
}
function isTrue(expr) {
  if (!expr) return false;
  if (expr.kind === "bool") return expr.text === "true";
  return expr.kind === "string" && expr.value === "true";
}
var MAX_EXPRESSION_DEPTH;
var init_syntax = __esm({
  "src/terraform/syntax.ts"() {
    "use strict";
    MAX_EXPRESSION_DEPTH = 200;
  }
});

// src/terraform/naming.ts
function namesTerraformSecret(name) {
  let known = secretNames.get(name);
  if (known === void 0) {
    known = namesSecret(name) && !splitIdentifier(name).some((part) => ABOUT_A_SECRET.has(part));
    if (secretNames.size >= MAX_REMEMBERED_NAMES) secretNames.clear();
    secretNames.set(name, known);
  }
  return known;
}
function declaresNonSecretValue(body) {
  const type = attributeOf(body, "type")?.value;
  if (type && (isScalarNonString(type) || isReferenceObjectType(type))) return true;
  const description = attributeOf(body, "description")?.value;
  if (description?.kind !== "string") return false;
  return DESCRIBED_AS_REFERENCE.test(description.value) && !/\b(?:password|token|secret value|private key)\b/i.test(description.value.replace(DESCRIBED_AS_REFERENCE, ""));
}
function isScalarNonString(type) {
  return type.kind === "traversal" && (type.root === "bool" || type.root === "number") && type.path.length === 0;
}
function isReferenceObjectType(type) {
  const fields = objectTypeFields(type);
  if (fields.length === 0) return false;
  return fields.every((field) => !namesTerraformSecret(field)) && fields.some((field) => REFERENCE_FIELD.test(field) && field !== "name");
}
function objectTypeFields(type) {
  if (type.kind === "call") {
    if (type.name === "object" && type.args[0]?.kind === "object") return type.args[0].entries.map((entry) => entry.key ?? "");
    if (["list", "set", "map", "optional", "tuple"].includes(type.name) && type.args[0]) return objectTypeFields(type.args[0]);
  }
  return [];
}
var ABOUT_A_SECRET, secretNames, MAX_REMEMBERED_NAMES, REFERENCE_FIELD, DESCRIBED_AS_REFERENCE;
var init_naming = __esm({
  "src/terraform/naming.ts"() {
    "use strict";
    init_generic();
    init_syntax();
    ABOUT_A_SECRET = /* @__PURE__ */ new Set(["arns", "fingerprint", "fingerprints", "status", "statuses", "identifier", "identifiers", "versions"]);
    secretNames = /* @__PURE__ */ new Map();
    MAX_REMEMBERED_NAMES = 5e4;
    REFERENCE_FIELD = /^(?:value_?from|.*_?arns?|.*_?ids?|name|key|path|parameter)$/i;
    DESCRIBED_AS_REFERENCE = /\b(?:the|an?|is|be|are)\s+(?:ARNs?|IDs?|identifiers?|names?|paths?)\s+(?:of|for|to)\b/i;
  }
});

// src/terraform/values.ts
function variableDefault(module, name) {
  const variable = module.variables.find((ref) => ref.block.labels[0] === name);
  if (!variable) return void 0;
  return attributeOf(variable.block.body, "default")?.value ?? null;
}
function defaultsToNull(module, expr) {
  const ref = expr.kind === "call" && expr.name === "try" ? expr.args[0] : expr;
  if (ref?.kind !== "traversal" || ref.root !== "var" || !ref.path[0]) return false;
  const value = variableDefault(module, ref.path[0]);
  return value !== void 0 && value !== null && value.kind === "null";
}
function literalPrefixes(module, expr, depth = 0) {
  if (depth > 4) return void 0;
  switch (expr.kind) {
    case "string":
      return [expr.value];
    case "template": {
      const first = expr.parts[0];
      return first?.kind === "string" && first.value !== "" ? [first.value] : void 0;
    }
    case "object": {
      const all = [];
      for (const entry of expr.entries) {
        const found = literalPrefixes(module, entry.value, depth + 1);
        if (!found) return void 0;
        all.push(...found);
      }
      return all.length > 0 ? all : void 0;
    }
    case "traversal": {
      if (expr.root !== "local" || !expr.path[0]) return void 0;
      const local = module.locals.find(({ attribute: attribute2 }) => attribute2.name === expr.path[0]);
      return local ? literalPrefixes(module, local.attribute.value, depth + 1) : void 0;
    }
    case "other": {
      const base = expr.parts[0];
      return base ? literalPrefixes(module, base, depth + 1) : void 0;
    }
    default:
      return void 0;
  }
}
var init_values = __esm({
  "src/terraform/values.ts"() {
    "use strict";
    init_syntax();
  }
});

// src/terraform/non-secret-reads.ts
function readsNonSecretParameter(module, block) {
  const name = attributeOf(block.body, "name")?.value;
  const prefixes = name ? literalPrefixes(module, name) : void 0;
  if (prefixes && prefixes.every((prefix) => PUBLIC_PARAMETER.test(prefix))) return true;
  const names = [block.labels[1] ?? "", ...(prefixes ?? []).filter((p) => !p.includes("${")).map((p) => p.slice(p.lastIndexOf("/") + 1))];
  if (names.some((n) => namesTerraformSecret(n))) return false;
  return names.some((n) => IDENTIFIER_WORDS.has(splitIdentifier(n).pop() ?? ""));
}
var PUBLIC_PARAMETER, IDENTIFIER_WORDS;
var init_non_secret_reads = __esm({
  "src/terraform/non-secret-reads.ts"() {
    "use strict";
    init_generic();
    init_syntax();
    init_naming();
    init_values();
    PUBLIC_PARAMETER = /^\/aws\/service\//;
    IDENTIFIER_WORDS = /* @__PURE__ */ new Set([
      "id",
      "ids",
      "ami",
      "amis",
      "arn",
      "arns",
      "image",
      "version",
      "endpoint",
      "url",
      "host",
      "hostname",
      "region",
      "zone",
      "subnet",
      "subnets",
      "vpc",
      "bucket",
      "account",
      "cidr",
      "port",
      "domain",
      "name",
      "names"
    ]);
  }
});

// src/terraform/exposure.ts
function stateExposure(module, protection) {
  let severity = SEVERITY_BY_CLASS[protection.class];
  if (!severity) return [];
  const throughExample = protection.heldBy?.throughExample === true;
  if (throughExample && severity === "high") severity = "medium";
  const verdicts = [];
  for (const kind of ["data", "resource"]) {
    for (const ref of kind === "data" ? module.data : module.resources) {
      const verdict = exposureOf(ref, kind, module, protection, severity);
      if (verdict) verdicts.push(verdict);
    }
  }
  return verdicts;
}
function exposureOf(ref, kind, module, protection, severity) {
  const entry = catalogueEntry(kind, ref.block.labels[0] ?? "");
  if (!entry) return void 0;
  const stored = storedSecrets(entry, ref.block, module);
  if (stored.length === 0) return void 0;
  const remedy = remedyFor(entry, ref, module, protection, stored);
  const what = kind === "data" ? "reads" : entry.stored === "always" ? "generates" : "writes";
  const nullDefault = (entry.safeWhen ?? []).filter((c) => c.equals === void 0).map((c) => attributeOf(ref.block.body, c.argument)).find((a) => a && defaultsToNull(module, a.value));
  const unprotected = nullDefault ? ` (${nullDefault.name} comes from a variable that defaults to null, so by default it is stored unencrypted)` : "";
  return {
    rule: "terraform-state-exposure",
    file: ref.file,
    span: ref.block.headerSpan,
    message: `${ref.address} ${what} a secret (${stored.join(", ")})${unprotected} that Terraform stores in state, and ${protection.reason}. ${remedy.headline}`,
    severity,
    confidence: "high",
    marker: ref.address,
    details: {
      fix: remedy.fix,
      address: ref.address,
      secretAttributes: stored,
      stateClass: protection.class,
      backend: protection.backend,
      ...protection.heldBy ? { heldBy: protection.heldBy.root, heldByBackend: protection.backend, judgedThroughExample: protection.heldBy.throughExample } : {},
      ...protection.remedy ? { backendFix: protection.remedy } : {},
      ...remedy.ephemeral ? { ephemeralResource: entry.ephemeral } : {},
      ...remedy.consumers.length > 0 ? { storedBy: remedy.consumers } : {},
      ...entry.writeOnly ? { writeOnlyArguments: entry.writeOnly.map((pair) => ({ ...pair })) } : {}
    }
  };
}
function remedyFor(entry, ref, module, protection, stored) {
  const uses = entry.ephemeral ? regularConsumers(ref, module) : [];
  const consumers = uses.filter((use) => !use.twin).map((use) => use.argument);
  const switches = uses.filter((use) => use.twin);
  const ephemeral = entry.ephemeral !== void 0 && consumers.length === 0;
  const backend = protection.remedy || "keep the state in a backend that encrypts it with a key you control";
  const pairs = entry.writeOnly?.filter((pair) => stored.includes(pair.argument));
  const twins = pairs && pairs.length > 0 ? pairs : entry.writeOnly;
  const writeOnly = twins?.map((pair) => `the write-only ${pair.writeOnly}`).join(" or ");
  const switchTo = switches.map((use) => `${use.argument.slice(0, use.argument.lastIndexOf("."))}.${use.twin.writeOnly}`);
  let headline;
  if (ephemeral && switchTo.length > 0) headline = `Use ephemeral "${entry.ephemeral}" and pass it to ${switchTo.join(", ")} instead, or encrypt the state`;
  else if (ephemeral) headline = `Use ephemeral "${entry.ephemeral}"${writeOnly ? ` or ${writeOnly}` : ""}, or encrypt the state`;
  else if (writeOnly) headline = `Use ${writeOnly}, or encrypt the state`;
  else if (consumers.length > 0) headline = `Its value is stored again by ${consumers.join(", ")}, which has no write-only form, so an ephemeral read would not keep it out of state: encrypt the state`;
  else headline = "Encrypt the state: this block has no ephemeral or write-only form";
  if (!ephemeral && !twins) return { headline, fix: [entry.advice, backend].filter(Boolean).join("; "), ephemeral, consumers };
  const switchFix = switches.map((use) => `set ${use.argument.slice(0, use.argument.lastIndexOf("."))}'s write-only ${use.twin.writeOnly}${withTrigger(use.twin)} instead of ${use.twin.argument}`);
  return { headline, fix: [fixFor(entry, { ephemeral, ...twins ? { writeOnly: twins } : {} }), ...switchFix].join("; "), ephemeral, consumers };
}
function usesOf(module) {
  let index = usesByModule.get(module);
  if (index) return index;
  const built = /* @__PURE__ */ new Map();
  const visit = (owner, body, resourceArgument) => {
    for (const attribute2 of body.attributes) {
      if (attribute2.name.endsWith("_wo") || META_ARGUMENTS.has(attribute2.name)) continue;
      forEachExpr(attribute2.value, (node) => {
        if (node.kind !== "traversal") return;
        const steps = namedSteps(node.path);
        const isData = node.root === "data";
        if (!catalogueEntry(isData ? "data" : "resource", (isData ? steps[0] : node.root) ?? "")) return;
        const key = useKey(isData, isData ? steps[0] : node.root, isData ? steps[1] : steps[0]);
        const read2 = isData ? steps[2] : steps[1];
        let uses = built.get(key);
        if (!uses) built.set(key, uses = []);
        const last = uses[uses.length - 1];
        if (last?.attribute === attribute2 && last.owner === owner) last.attributesRead.push(read2);
        else uses.push({ owner, attribute: attribute2, resourceArgument, attributesRead: [read2] });
      });
    }
    for (const block of body.blocks) visit(owner, block.body, false);
  };
  for (const list of [module.resources, module.data, module.moduleCalls]) for (const owner of list) visit(owner, owner.block.body, list === module.resources);
  index = built;
  usesByModule.set(module, index);
  return index;
}
function useKey(isData, type, name) {
  return isData ? `data\0${type}\0${name}` : `${type}\0${name}`;
}
function namedSteps(path) {
  const steps = [void 0, void 0, void 0];
  let found = 0;
  for (let i = 0; i < path.length && found < 3; i++) if (path[i] !== "[]") steps[found++] = path[i];
  return steps;
}
function regularConsumers(ref, module) {
  const [type = "", name = ""] = ref.block.labels;
  const isData = ref.address.startsWith("data.");
  const entry = catalogueEntry(isData ? "data" : "resource", type);
  const uses = usesOf(module).get(useKey(isData, type, name)) ?? [];
  const found = [];
  for (const use of uses) {
    if (use.owner === ref || !use.attributesRead.some((read2) => read2 === void 0 || entry?.attributes.includes(read2))) continue;
    const ownerEntry = use.resourceArgument ? catalogueEntry("resource", use.owner.block.labels[0] ?? "") : void 0;
    const twin = ownerEntry?.writeOnly?.find((pair) => pair.argument === use.attribute.name);
    found.push({ argument: `${use.owner.address}.${use.attribute.name}`, ...twin ? { twin } : {} });
  }
  return found;
}
function storedSecrets(entry, block, module) {
  const body = block.body;
  if (entry.onlyWhen && !holds(entry.onlyWhen, body, true)) return [];
  if (entry.safeWhen?.some((condition) => holds(condition, body, false, module))) return [];
  if (entry.byName && module && readsNonSecretParameter(module, block)) return [];
  if (entry.stored === "always") return entry.attributes;
  const always = entry.alwaysStored ?? [];
  return entry.attributes.filter((name) => {
    if (always.includes(name)) return true;
    const attribute2 = attributeAt(body, name);
    return attribute2 !== void 0 && attribute2.value.kind !== "null";
  });
}
function attributeAt(body, path) {
  const [head, ...rest] = path.split(".");
  if (rest.length === 0) return attributeOf(body, head);
  for (const block of blocksOf(body, head)) {
    const found = attributeAt(block.body, rest.join("."));
    if (found) return found;
  }
  return void 0;
}
function holds(condition, body, unknownHolds, module) {
  const attribute2 = attributeAt(body, condition.argument);
  if (!attribute2) return false;
  if (module && condition.equals === void 0 && defaultsToNull(module, attribute2.value)) return false;
  const literal = literalOf(attribute2.value);
  if (condition.equals === void 0) return literal !== false && literal !== null;
  if (literal === void 0) return unknownHolds;
  return literal === condition.equals;
}
function literalOf(expr) {
  switch (expr.kind) {
    case "string":
      return expr.value === "true" ? true : expr.value === "false" ? false : expr.value;
    case "bool":
      return expr.text === "true";
    case "null":
      return null;
    default:
      return void 0;
  }
}
var SEVERITY_BY_CLASS, META_ARGUMENTS, usesByModule;
var init_exposure = __esm({
  "src/terraform/exposure.ts"() {
    "use strict";
    init_catalogue();
    init_non_secret_reads();
    init_syntax();
    init_values();
    SEVERITY_BY_CLASS = {
      plaintext: "high",
      "not-requested": "medium",
      unknown: "medium",
      "provider-default": "info",
      encrypted: void 0
    };
    META_ARGUMENTS = /* @__PURE__ */ new Set(["depends_on", "count", "for_each", "provider", "providers", "lifecycle", "replace_triggered_by"]);
    usesByModule = /* @__PURE__ */ new WeakMap();
  }
});

// src/terraform/files.ts
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function inWorkingDirectory(path) {
  return path.startsWith(".terraform/") || path.includes("/.terraform/");
}
function terraformFileKind(path) {
  const kind = kindByName(baseName(path).toLowerCase());
  return kind && !inWorkingDirectory(path) ? kind : void 0;
}
function kindByName(name) {
  if (name.endsWith(".tf") || name.endsWith(".tf.json")) return "config";
  if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) return "variables";
  if (name.endsWith(".tfbackend") || /^backend(?:[._-][\w.-]*)?\.hcl$/.test(name)) return "backend-config";
  return void 0;
}
function isJsonSyntax(path) {
  return path.toLowerCase().endsWith(".json");
}
function stateFileKind(path) {
  const name = baseName(path).toLowerCase();
  if (name.endsWith(".tfstate") || name.includes(".tfstate.")) return "state";
  if (name === "tfplan" || name.endsWith(".tfplan")) return "plan";
  if (/plan/.test(name) && /(?:^|[._-])(?:tf)?plan(?:[._-][\w-]*)?(?:\.(?:out|bin|zip|json|plan))?$/.test(name)) return "plan-candidate";
  return void 0;
}
var init_files = __esm({
  "src/terraform/files.ts"() {
    "use strict";
  }
});

// src/terraform/finding.ts
function toFinding(verdict, options) {
  const { file, span: span2 } = verdict;
  if (file.mentionsInlineAllow && isAllowedInline(file.text, file.lines, span2.start)) return void 0;
  const from = file.lines.position(span2.start);
  const to = file.lines.position(span2.end);
  const rule = terraformRule(verdict.rule);
  const identity = verdict.secret ?? verdict.marker ?? "";
  const shownSecret2 = verdict.secret !== void 0 ? options.redact ? redact(verdict.secret) : verdict.secret : verdict.marker ?? "";
  const line = from.line - 1;
  const reach = secretShapedReach(file.lines, line, span2);
  const secretShaped = options.secretShapedSpans?.(file.text, reach.start, reach.end) ?? [];
  return {
    ruleId: verdict.rule,
    message: verdict.message,
    severity: verdict.severity ?? rule.severity,
    confidence: verdict.confidence,
    file: file.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    secret: shownSecret2,
    fingerprint: fingerprintOf(verdict.rule, identity),
    origin: options.origin,
    snippet: snippetFor(file.text, file.lines, line, span2, verdict.secret !== void 0 ? [span2] : [], secretShaped),
    tags: [...rule.tags],
    details: verdict.details
  };
}
var init_finding = __esm({
  "src/terraform/finding.ts"() {
    "use strict";
    init_fingerprint();
    init_inline_allow();
    init_redact();
    init_snippet();
    init_rules();
  }
});

// src/terraform/references.ts
function secretReferencesOf(modules, graph) {
  const all = /* @__PURE__ */ new Map();
  for (const module of modules) {
    all.set(module, new SecretReferences(module, (call) => {
      const callee = graph.callee(module, call);
      return callee ? all.get(callee) : void 0;
    }));
  }
  return all;
}
function children(expr) {
  switch (expr.kind) {
    case "template":
    case "other":
      return expr.parts;
    case "call":
      return expr.args;
    case "object":
      return expr.entries.map((entry) => entry.value);
    case "tuple":
      return expr.items;
    default:
      return [];
  }
}
function referenceText(ref) {
  return [ref.root, ...ref.path].join(".").replace(/\.\[\]/g, "[*]");
}
function callsNamed(expr, name) {
  const calls = [];
  forEachExpr(expr, (node) => {
    if (node.kind === "call" && node.name === name) calls.push(node);
  });
  return calls;
}
var CONCEALING_FUNCTIONS, NON_RESOURCE_ROOTS, SecretReferences;
var init_references = __esm({
  "src/terraform/references.ts"() {
    "use strict";
    init_catalogue();
    init_exposure();
    init_naming();
    init_syntax();
    CONCEALING_FUNCTIONS = /* @__PURE__ */ new Set([
      "sha1",
      "sha256",
      "sha512",
      "md5",
      "bcrypt",
      "base64sha256",
      "base64sha512",
      "uuidv5",
      "length",
      "issensitive",
      "can",
      "ephemeralasnull"
    ]);
    NON_RESOURCE_ROOTS = /* @__PURE__ */ new Set(["var", "local", "data", "module", "ephemeral", "path", "terraform", "count", "each", "self", "null", "true", "false"]);
    SecretReferences = class {
      constructor(module, callee = () => void 0) {
        this.module = module;
        this.callee = callee;
        for (const { block } of module.variables) {
          const name = block.labels[0] ?? "";
          const marked = isTrue(attributeOf(block.body, "sensitive")?.value) || isTrue(attributeOf(block.body, "ephemeral")?.value);
          if (marked || namesTerraformSecret(name) && !declaresNonSecretValue(block.body)) this.sensitiveVariables.add(name);
        }
        for (const { attribute: attribute2 } of module.locals) this.locals.set(attribute2.name, attribute2.value);
        for (const ref of [...module.data, ...module.resources, ...module.ephemerals]) this.blocks.set(ref.address, ref);
      }
      module;
      callee;
      sensitiveVariables = /* @__PURE__ */ new Set();
      locals = /* @__PURE__ */ new Map();
      blocks = /* @__PURE__ */ new Map();
      isSensitiveVariable(name) {
        return this.sensitiveVariables.has(name);
      }
      /** The first secret reference in `expr` (its source form, e.g. `var.db_password`), skipping `skipCalls`. */
      find(expr, skipCalls = CONCEALING_FUNCTIONS, depth = 0) {
        const stack = [expr];
        while (stack.length > 0) {
          const current = stack.pop();
          if (current.kind === "call" && (skipCalls.has(current.name) || CONCEALING_FUNCTIONS.has(current.name))) continue;
          if (current.kind === "traversal") {
            if (this.isSecret(current, skipCalls, depth)) return current;
            continue;
          }
          for (const child of children(current)) stack.push(child);
        }
        return void 0;
      }
      /**
       * Whether an output of this module carries a secret: its value reaches one, or it is marked
       * sensitive under a secret name. The mark alone does not decide: modules mark usernames and
       * hostnames sensitive out of caution. Undefined when there is no such output.
       */
      outputCarriesSecret(name, depth = 0) {
        const output = this.module.outputs.find((ref) => ref.block.labels[0] === name);
        if (!output) return void 0;
        const value = attributeOf(output.block.body, "value");
        if (value !== void 0 && depth < 4 && this.find(value.value, CONCEALING_FUNCTIONS, depth + 1) !== void 0) return true;
        return isTrue(attributeOf(output.block.body, "sensitive")?.value) && namesTerraformSecret(name);
      }
      isSecret(ref, skipCalls, depth) {
        const names = ref.path.filter((step) => step !== "[]");
        switch (ref.root) {
          case "var":
            return names[0] !== void 0 && this.sensitiveVariables.has(names[0]);
          case "local": {
            const name = names[0];
            if (name === void 0) return false;
            if (namesTerraformSecret(name)) return true;
            const value = this.locals.get(name);
            return value !== void 0 && depth < 4 && this.find(value, skipCalls, depth + 1) !== void 0;
          }
          case "data":
          case "ephemeral": {
            const [type = "", label = "", ...attribute2] = names;
            const entry = catalogueEntry("data", type) ?? (ref.root === "ephemeral" ? catalogueEntry("resource", type) : void 0);
            if (entry) return this.holdsSecret(`${ref.root}.${type}.${label}`, entry, attribute2);
            return attribute2[0] !== void 0 && namesTerraformSecret(attribute2[0]);
          }
          case "module": {
            const [call = "", output] = names;
            if (output === void 0) return false;
            const carried = this.callee(call)?.outputCarriesSecret(output, depth);
            return carried ?? namesTerraformSecret(output);
          }
          default: {
            if (NON_RESOURCE_ROOTS.has(ref.root)) return false;
            const [label = "", ...attribute2] = names;
            const entry = catalogueEntry("resource", ref.root);
            if (entry) return this.holdsSecret(`${ref.root}.${label}`, entry, attribute2);
            return attribute2[0] !== void 0 && namesTerraformSecret(attribute2[0]);
          }
        }
      }
      /**
       * A catalogued block's attribute path is secret when the block really stores a secret there
       * (not a public SSM parameter, not an unset argument): `kube_config[0].client_key` under the
       * stored `kube_config`, the whole `os_profile` over its stored `os_profile.admin_password`,
       * but not its sibling `os_profile.admin_username`.
       */
      holdsSecret(address, entry, path) {
        const reference = path.join(".");
        const overlaps2 = (stored) => reference === "" || stored === reference || reference.startsWith(`${stored}.`) || stored.startsWith(`${reference}.`);
        if (!entry.attributes.some(overlaps2)) return false;
        const block = this.blocks.get(address);
        if (!block) return true;
        return storedSecrets(entry, block.block, this.module).some(overlaps2);
      }
    };
  }
});

// src/terraform/hygiene.ts
function judgeSecretValue(name, value, path) {
  if (PEM_PRIVATE_KEY2.test(value)) return "high";
  if (FILE_PATH.test(value) || ARN.test(value)) return void 0;
  const confidence = judgeAsWritten(name, value, path);
  if (!confidence || confidence === "low") return confidence;
  const spelled = unleet(value);
  if (spelled !== value && STAND_IN_WORD.test(spelled)) return "low";
  return confidence;
}
function unleet(value) {
  if (!/[a-z]/i.test(value)) return value;
  return value.replace(/(?<=[A-Za-z])[@43!105$7](?=[A-Za-z])/g, (char) => LEET[char] ?? char);
}
function judgeAsWritten(name, value, path) {
  const confidence = scoreGenericSecret({ name, value, quoted: true, path });
  if (!confidence) return void 0;
  const verdict = filterVerdict(value, "name");
  if (verdict?.action === "drop") return void 0;
  return verdict ? "low" : confidence;
}
function literalsUnder(expr, name, found = []) {
  switch (expr.kind) {
    case "string":
      found.push({ name, literal: expr });
      break;
    case "object":
      for (const entry of expr.entries) literalsUnder(entry.value, entry.key ?? name, found);
      break;
    case "tuple":
      for (const item of expr.items) literalsUnder(item, name, found);
      break;
    case "call":
      if (!FILE_FUNCTIONS.has(expr.name)) for (const arg of expr.args) literalsUnder(arg, name, found);
      break;
    case "other":
      for (const part of expr.parts) literalsUnder(part, name, found);
      break;
    default:
      break;
  }
  return found;
}
function variableFileSecrets(file, isSecretVariable, judged, judge) {
  const verdicts = [];
  for (const attribute2 of file.body.attributes) {
    const declaredSecret = isSecretVariable(attribute2.name);
    for (const { name, literal } of literalsUnder(attribute2.value, attribute2.name)) {
      const judgedName = name === attribute2.name && declaredSecret && !namesSecret(name) ? "secret" : name;
      const confidence = judge.judge(judgedName, literal.value, file.path);
      judged.push({ file, span: literal.valueSpan });
      if (!confidence) continue;
      verdicts.push({
        rule: "terraform-tfvars-secret",
        file,
        span: literal.valueSpan,
        message: `Secret value for variable "${attribute2.name}" in a variable definitions file`,
        confidence,
        secret: literal.value,
        details: {
          fix: `remove it from the file and supply it at run time (TF_VAR_${attribute2.name} from a secret manager or CI secrets); keep *.tfvars out of the repository`,
          variable: attribute2.name
        }
      });
    }
  }
  return verdicts;
}
function backendConfigSecrets(file, judge) {
  const verdicts = [];
  for (const attribute2 of file.body.attributes) {
    for (const { name, literal } of literalsUnder(attribute2.value, attribute2.name)) {
      const confidence = judge.judge(name, literal.value, file.path);
      if (!confidence) continue;
      verdicts.push({
        rule: "terraform-hardcoded-secret",
        file,
        span: literal.valueSpan,
        message: `Hardcoded secret in backend settings argument ${name}`,
        confidence,
        secret: literal.value,
        details: {
          fix: "give the backend its credentials through the environment, never in backend settings: they are also copied into .terraform/ and plan files",
          argument: name,
          block: "backend settings"
        }
      });
    }
  }
  return verdicts;
}
var PEM_PRIVATE_KEY2, FILE_PATH, FILE_FUNCTIONS, MODULE_META, PROVIDER_ENVIRONMENT, LiteralJudge, STAND_IN_WORD, ARN, LEET, HygieneChecks;
var init_hygiene = __esm({
  "src/terraform/hygiene.ts"() {
    "use strict";
    init_generic();
    init_filters();
    init_catalogue();
    init_exposure();
    init_references();
    init_naming();
    init_syntax();
    PEM_PRIVATE_KEY2 = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
    FILE_PATH = /^(?:~|\.{1,2})?\/[^\s]*$|^[A-Za-z]:\\|^[\w.-]+\.(?:json|pem|key|crt|cer|p12|pfx|txt|ya?ml|pub|tfvars)$/i;
    FILE_FUNCTIONS = /* @__PURE__ */ new Set(["file", "filebase64", "templatefile", "fileexists", "pathexpand", "abspath", "dirname", "basename"]);
    MODULE_META = /* @__PURE__ */ new Set(["source", "version", "providers", "count", "for_each", "depends_on"]);
    PROVIDER_ENVIRONMENT = {
      aws: "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or a profile or role",
      azurerm: "ARM_CLIENT_SECRET, or managed identity / OIDC",
      azuread: "ARM_CLIENT_SECRET, or managed identity / OIDC",
      google: "GOOGLE_CREDENTIALS, or workload identity",
      vault: "VAULT_TOKEN",
      github: "GITHUB_TOKEN",
      kubernetes: "KUBE_TOKEN or a kubeconfig",
      helm: "a kubeconfig",
      cloudflare: "CLOUDFLARE_API_TOKEN",
      datadog: "DD_API_KEY / DD_APP_KEY"
    };
    LiteralJudge = class {
      /** By file, then name, then value: no key string built per look-up. */
      memo = /* @__PURE__ */ new Map();
      judge(name, value, path) {
        let byName = this.memo.get(path);
        if (!byName) this.memo.set(path, byName = /* @__PURE__ */ new Map());
        let byValue = byName.get(name);
        if (!byValue) byName.set(name, byValue = /* @__PURE__ */ new Map());
        let confidence = byValue.get(value);
        if (confidence === void 0) byValue.set(value, confidence = judgeSecretValue(name, value, path) ?? null);
        return confidence ?? void 0;
      }
    };
    STAND_IN_WORD = /example|sample|passw(?:o)?rd|secret|dummy|changeme|placeholder|test/i;
    ARN = /^arn:aws[\w-]*:[\w-]*:/;
    LEET = { "@": "a", "4": "a", "3": "e", "!": "l", "1": "l", "0": "o", "$": "s", "5": "s", "7": "t" };
    HygieneChecks = class {
      constructor(module, references, judged, judge) {
        this.module = module;
        this.references = references;
        this.judged = judged;
        this.judge = judge;
      }
      module;
      references;
      judged;
      judge;
      verdicts = [];
      run() {
        this.hardcodedSecrets();
        this.variables();
        this.outputs();
        this.nonsensitiveCalls();
        return this.verdicts;
      }
      /** Whether a variable of this module is sensitive, ephemeral or secret-named (for `.tfvars`). */
      isSecretVariable(name) {
        return this.references.isSensitiveVariable(name);
      }
      hardcodedSecrets() {
        const m = this.module;
        for (const kind of ["resources", "data", "ephemerals"]) {
          for (const ref of m[kind]) {
            const entry = kind === "resources" ? catalogueEntry("resource", ref.block.labels[0] ?? "") : void 0;
            this.literalsIn(ref.file, ref.block.body, {
              where: ref.address,
              secretArguments: entry?.stored === "when-set" ? storedSecrets(entry, ref.block, m) : void 0,
              writeOnly: entry?.writeOnly,
              fix: (argument) => {
                const pair = entry?.writeOnly?.find((p) => p.argument === argument);
                return pair ? `pass the value from an ephemeral resource or ephemeral variable to the write-only ${pair.writeOnly}${withTrigger(pair)} instead of ${argument}` : "pass it in through a sensitive variable without a default, or read it from a secret manager with an ephemeral resource";
              }
            });
          }
        }
        for (const ref of m.providers) {
          const provider = ref.block.labels[0] ?? "";
          const environment = PROVIDER_ENVIRONMENT[provider];
          this.literalsIn(ref.file, ref.block.body, {
            where: `provider "${provider}"`,
            fix: () => `give the provider its credentials through the environment${environment ? ` (${environment})` : ""} or an ephemeral variable, never in code`
          });
        }
        for (const ref of m.moduleCalls) {
          this.literalsIn(ref.file, ref.block.body, {
            where: ref.address,
            skip: MODULE_META,
            fix: () => "pass it in through a sensitive variable of the calling module, without a default"
          });
        }
        if (m.backend) {
          this.literalsIn(m.backend.file, m.backend.block.body, {
            where: `backend "${m.backend.block.labels[0] ?? ""}"`,
            fix: () => "give the backend its credentials through the environment, never in the block: values set there are also copied into .terraform/ and plan files"
          });
        }
        if (m.cloud) {
          this.literalsIn(m.cloud.file, m.cloud.block.body, { where: "cloud", fix: () => "use `terraform login` or TF_TOKEN_<hostname> instead of a token in the cloud block" });
        }
        for (const ref of m.encryption) {
          this.literalsIn(ref.file, ref.block.body, {
            where: "encryption",
            fix: () => "supply key provider secrets through TF_ENCRYPTION or a variable without a default"
          });
        }
        for (const { file, attribute: attribute2 } of m.locals) {
          this.literalsInAttribute(file, attribute2, { where: "locals", fix: () => "a local is code: pass the secret in through a sensitive variable without a default" });
        }
      }
      literalsIn(file, body, context) {
        for (const attribute2 of body.attributes) {
          if (context.skip?.has(attribute2.name)) continue;
          this.literalsInAttribute(file, attribute2, context);
        }
        for (const block of body.blocks) this.literalsIn(file, block.body, { ...context, secretArguments: void 0, writeOnly: void 0 });
      }
      literalsInAttribute(file, attribute2, context) {
        const byCatalogue = context.secretArguments?.includes(attribute2.name) ?? false;
        for (const { name, literal } of literalsUnder(attribute2.value, attribute2.name)) {
          const judgedName = byCatalogue && name === attribute2.name && !namesSecret(name) ? "secret" : name;
          const confidence = this.judge.judge(judgedName, literal.value, file.path);
          this.judged.push({ file, span: literal.valueSpan });
          if (!confidence) continue;
          this.verdicts.push({
            rule: "terraform-hardcoded-secret",
            file,
            span: literal.valueSpan,
            message: `Hardcoded secret in ${context.where} argument ${attribute2.name}${name !== attribute2.name ? ` (at key ${name})` : ""}`,
            confidence,
            secret: literal.value,
            details: { fix: context.fix(attribute2.name), argument: attribute2.name, ...name !== attribute2.name ? { key: name } : {}, block: context.where }
          });
        }
      }
      variables() {
        for (const ref of this.module.variables) {
          const name = ref.block.labels[0] ?? "";
          const body = ref.block.body;
          const sensitive = isTrue(attributeOf(body, "sensitive")?.value);
          const ephemeral = isTrue(attributeOf(body, "ephemeral")?.value);
          const secretNamed = namesTerraformSecret(name) && !declaresNonSecretValue(body);
          if (secretNamed && !sensitive && !ephemeral) {
            this.verdicts.push({
              rule: "terraform-variable-not-sensitive",
              file: ref.file,
              span: ref.block.headerSpan,
              message: `Variable "${name}" looks like a secret but is not marked sensitive = true`,
              confidence: "medium",
              marker: ref.address,
              details: { fix: "add sensitive = true (or ephemeral = true, Terraform >= 1.10, when it only feeds write-only arguments or providers)", address: ref.address }
            });
          }
          const defaultValue = attributeOf(body, "default");
          if (!defaultValue || !(secretNamed || sensitive || ephemeral)) continue;
          for (const { name: key, literal } of literalsUnder(defaultValue.value, name)) {
            const judgedName = key === name && !namesSecret(name) ? "secret" : key;
            const confidence = this.judge.judge(judgedName, literal.value, ref.file.path);
            this.judged.push({ file: ref.file, span: literal.valueSpan });
            if (!confidence) continue;
            this.verdicts.push({
              rule: "terraform-secret-variable-default",
              file: ref.file,
              span: literal.valueSpan,
              message: `Secret variable "${name}" has a hardcoded default`,
              confidence,
              secret: literal.value,
              details: { fix: `remove the default and supply the value at run time (TF_VAR_${name} from a secret manager or CI secrets)`, address: ref.address }
            });
          }
        }
      }
      outputs() {
        const skip = /* @__PURE__ */ new Set(["nonsensitive"]);
        for (const ref of this.module.outputs) {
          const body = ref.block.body;
          if (isTrue(attributeOf(body, "sensitive")?.value) || isTrue(attributeOf(body, "ephemeral")?.value)) continue;
          const value = attributeOf(body, "value");
          if (!value) continue;
          const secret = this.references.find(value.value, skip);
          if (!secret) continue;
          const source = referenceText(secret);
          this.verdicts.push({
            rule: "terraform-output-not-sensitive",
            file: ref.file,
            span: ref.block.headerSpan,
            message: `Output "${ref.block.labels[0] ?? ""}" exposes ${source} without sensitive = true`,
            confidence: "high",
            marker: ref.address,
            details: { fix: "add sensitive = true to the output, or stop exporting the secret", address: ref.address, reference: source }
          });
        }
      }
      nonsensitiveCalls() {
        const m = this.module;
        const visit = (owner, file, expr) => {
          for (const call of callsNamed(expr, "nonsensitive")) {
            const secret = call.args[0] ? this.references.find(call.args[0]) : void 0;
            if (!secret) continue;
            const marker = `nonsensitive(${referenceText(secret)})`;
            this.verdicts.push({
              rule: "terraform-nonsensitive-secret",
              file,
              span: call.span,
              message: `nonsensitive() in ${owner} reveals the secret ${referenceText(secret)}`,
              confidence: "high",
              marker: `${owner}: ${marker}`,
              details: { fix: "remove nonsensitive(), or apply it only to a value that no longer reveals the secret (e.g. sha256(...))", address: owner }
            });
          }
        };
        const visitBody = (ref, body) => {
          for (const attribute2 of body.attributes) visit(ref.address, ref.file, attribute2.value);
          for (const block of body.blocks) visitBody(ref, block.body);
        };
        for (const list of [m.resources, m.data, m.ephemerals, m.outputs, m.providers, m.moduleCalls]) for (const ref of list) visitBody(ref, ref.block.body);
        for (const { file, attribute: attribute2 } of m.locals) visit(`local.${attribute2.name}`, file, attribute2.value);
      }
    };
  }
});

// src/terraform/strings.ts
function unescapeQuoted(raw) {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === "\\" && i + 1 < raw.length) {
      const next = raw[i + 1];
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== void 0) {
        out += simple;
        i += 1;
        continue;
      }
      const width = next === "u" ? 4 : next === "U" ? 8 : 0;
      const hex = width ? raw.slice(i + 2, i + 2 + width) : "";
      if (width && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === width) {
        const code2 = Number.parseInt(hex, 16);
        out += code2 <= 1114111 ? String.fromCodePoint(code2) : `\\${next}${hex}`;
        i += 1 + width;
        continue;
      }
      out += char;
      continue;
    }
    out += char;
    if ((char === "$" || char === "%") && raw[i + 1] === char && raw[i + 2] === "{") i += 1;
  }
  return out;
}
function unescapeHeredoc(raw) {
  return raw.replace(/([$%])\1\{/g, "$1{");
}
function stripHeredocIndent(body) {
  const lines = body.split("\n");
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const width = line.length - line.replace(/^[ \t]+/, "").length;
    indent = Math.min(indent, width);
  }
  if (indent === Infinity || indent === 0) return body;
  return lines.map((line) => line.slice(Math.min(indent, line.length - line.replace(/^[ \t]+/, "").length))).join("\n");
}
function heredocString(text, start, end, openingEnd, closingStart, indented) {
  const bodyStart = openingEnd >= 0 ? Math.min(text.indexOf("\n", openingEnd) + 1 || end, end) : start;
  let bodyEnd = closingStart >= 0 ? text.lastIndexOf("\n", closingStart - 1) + 1 : end;
  if (bodyEnd < bodyStart) bodyEnd = bodyStart;
  let raw = text.slice(bodyStart, bodyEnd);
  if (raw.endsWith("\n")) raw = raw.slice(0, -1);
  if (raw.endsWith("\r")) raw = raw.slice(0, -1);
  const lines = raw.replace(/\r\n/g, "\n");
  const value = unescapeHeredoc(indented ? stripHeredocIndent(lines) : lines);
  const lead = raw.length - raw.trimStart().length;
  return { kind: "string", value, span: { start, end }, valueSpan: { start: bodyStart + lead, end: bodyStart + Math.max(lead, raw.trimEnd().length) } };
}
var SIMPLE_ESCAPES;
var init_strings = __esm({
  "src/terraform/strings.ts"() {
    "use strict";
    SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
  }
});

// src/terraform/hcl-fast.ts
function isIdentifierStart(c) {
  return c >= 97 /* LowerA */ && c <= 122 /* LowerZ */ || c >= 65 /* UpperA */ && c <= 90 /* UpperZ */ || c === 95 /* Underscore */;
}
function isIdentifierPart(c) {
  return isIdentifierStart(c) || c >= 48 /* Digit0 */ && c <= 57 /* Digit9 */ || c === 45 /* Minus */;
}
function isDigit(c) {
  return c >= 48 /* Digit0 */ && c <= 57 /* Digit9 */;
}
function isAlphanumeric(c) {
  return isDigit(c) || c >= 97 /* LowerA */ && c <= 122 /* LowerZ */ || c >= 65 /* UpperA */ && c <= 90 /* UpperZ */;
}
function isHexDigit(c) {
  return isDigit(c) || c >= 97 /* LowerA */ && c <= 102 || c >= 65 /* UpperA */ && c <= 70;
}
function parseHclFast(text) {
  if (UNSUPPORTED_CHARACTERS.test(text)) return void 0;
  try {
    return new FastParser(text).file();
  } catch (error2) {
    if (error2 === DECLINE || error2 instanceof RangeError) return void 0;
    throw error2;
  }
}
var DEPTH_LIMIT, EXPRESSION_DEPTH, MAX_OPERATORS, UNSUPPORTED_CHARACTERS, KEYWORDS, MAX_KEYWORD_LENGTH, PREC_OR, PREC_AND, PREC_COMPARE, PREC_ORDER, PREC_ADD, PREC_MULTIPLY, Decline, DECLINE, FastParser, QUOTED, HEREDOC, LABEL, NO_OPERATOR, ORDER_1, ORDER_2, ADD, AND, COMPARE, MULTIPLY, OR;
var init_hcl_fast = __esm({
  "src/terraform/hcl-fast.ts"() {
    "use strict";
    init_strings();
    init_syntax();
    DEPTH_LIMIT = MAX_EXPRESSION_DEPTH - 10;
    EXPRESSION_DEPTH = 2;
    MAX_OPERATORS = 1e3;
    UNSUPPORTED_CHARACTERS = /[\0\v\f\x85\xa0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|\r(?!\n)/;
    KEYWORDS = /* @__PURE__ */ new Set(["for", "in", "if", "else", "endif", "endfor", "true", "false", "null"]);
    MAX_KEYWORD_LENGTH = 6;
    PREC_OR = 1;
    PREC_AND = 2;
    PREC_COMPARE = 3;
    PREC_ORDER = 4;
    PREC_ADD = 5;
    PREC_MULTIPLY = 6;
    Decline = class extends Error {
    };
    DECLINE = new Decline("declined");
    FastParser = class {
      constructor(text) {
        this.text = text;
        this.length = text.length;
      }
      text;
      pos = 0;
      /** End of the last token taken: where a node ends (trailing blanks and comments stay outside). */
      lastEnd = 0;
      length;
      /** Finished expressions not yet taken by the construct around them (see the comment at the top). */
      pending = [];
      /** The conversion's nesting depth at this point (see DEPTH_LIMIT); the file's body is 1. */
      depth = 1;
      /** Where the last `name` started and ended. */
      nameStart = 0;
      nameEnd = 0;
      /** The literal text of the last template text run (a string without templates has at most one); -1 when none. */
      runStart = -1;
      runEnd = -1;
      /** What the last `templateParts` stopped at. */
      stop = 0 /* End */;
      file() {
        const body = { attributes: [], blocks: [] };
        this.skip();
        if (this.pos < this.length) {
          if (this.code() === 123 /* BraceOpen */) {
            this.depth += 1;
            addObjectAsAttributes(this.object(), body);
          } else {
            this.bodyItems(body, false);
          }
          this.skip();
          if (this.pos < this.length) throw DECLINE;
        }
        return body;
      }
      // --- characters and tokens ---------------------------------------------------------------
      code(offset = 0) {
        const at = this.pos + offset;
        return at < this.length ? this.text.charCodeAt(at) : -1;
      }
      /** Blanks and the three kinds of comments (the grammar's extras). */
      skip() {
        const text = this.text;
        const length = this.length;
        let pos = this.pos;
        while (pos < length) {
          const c = text.charCodeAt(pos);
          if (c === 32 /* Space */ || c === 10 /* Newline */ || c === 9 /* Tab */ || c === 13 /* Return */) {
            pos++;
          } else if (c === 35 /* Hash */ || c === 47 /* Slash */ && text.charCodeAt(pos + 1) === 47 /* Slash */) {
            const end = text.indexOf("\n", pos);
            pos = end < 0 ? length : end;
          } else if (c === 47 /* Slash */ && text.charCodeAt(pos + 1) === 42 /* Star */) {
            const end = text.indexOf("*/", pos + 2);
            if (end < 0) throw DECLINE;
            pos = end + 2;
          } else {
            break;
          }
        }
        this.pos = pos;
      }
      /** Takes `c` after blanks and comments, or declines. */
      expect(c) {
        this.skip();
        if (this.code() !== c) throw DECLINE;
        this.pos++;
        this.lastEnd = this.pos;
      }
      /** Takes `c` after blanks and comments when it is next. */
      accept(c) {
        this.skip();
        if (this.code() !== c) return false;
        this.pos++;
        this.lastEnd = this.pos;
        return true;
      }
      /** The identifier token at `pos` (letters, digits, `_`, `-` and `::` after the first), or an empty string. */
      scanIdentifier() {
        const text = this.text;
        let pos = this.pos;
        if (!isIdentifierStart(text.charCodeAt(pos))) return pos;
        pos++;
        for (; ; ) {
          const c = text.charCodeAt(pos);
          if (isIdentifierPart(c)) pos++;
          else if (c === 58 /* Colon */ && text.charCodeAt(pos + 1) === 58 /* Colon */) pos += 2;
          else break;
        }
        if (text.charCodeAt(pos) >= 128) throw DECLINE;
        return pos;
      }
      /**
       * An identifier used as a name, between `nameStart` and `nameEnd`. Where only a name can stand
       * (attribute names, block types and labels, `.attr`), the grammar lexes keywords as names too
       * (`null = { source = "hashicorp/null" }`); elsewhere a keyword is left to tree-sitter.
       */
      name(keywordsAllowed = false) {
        this.skip();
        const start = this.pos;
        const end = this.scanIdentifier();
        if (end === start || !keywordsAllowed && end - start <= MAX_KEYWORD_LENGTH && KEYWORDS.has(this.text.slice(start, end))) throw DECLINE;
        this.pos = end;
        this.lastEnd = end;
        this.nameStart = start;
        this.nameEnd = end;
      }
      /** Whether the next word is exactly `word` (not a longer identifier starting with it). */
      atWord(word) {
        this.skip();
        if (!this.text.startsWith(word, this.pos)) return false;
        const after = this.text.charCodeAt(this.pos + word.length);
        return !(isIdentifierPart(after) || after === 58 /* Colon */ || after >= 128);
      }
      takeWord(word) {
        if (!this.atWord(word)) throw DECLINE;
        this.pos += word.length;
        this.lastEnd = this.pos;
      }
      /** The expressions pushed on `pending` since `mark`, left there for the constructs around. */
      pendingSince(mark) {
        return this.pending.slice(mark);
      }
      // --- bodies --------------------------------------------------------------------------------
      /** Attributes and blocks until the end of the file or, in a block, its `}`. */
      bodyItems(body, inBlock) {
        for (; ; ) {
          this.skip();
          if (this.pos >= this.length || inBlock && this.code() === 125 /* BraceClose */) return;
          const start = this.pos;
          this.name(true);
          const nameEnd = this.nameEnd;
          const name = this.text.slice(start, nameEnd);
          this.skip();
          if (this.code() === 61 /* Equals */ && this.code(1) !== 61 /* Equals */ && this.code(1) !== 62 /* Greater */) {
            this.pos++;
            const value = this.expression();
            this.pending.pop();
            const attribute2 = { name, nameSpan: { start, end: nameEnd }, value, span: { start, end: this.lastEnd } };
            body.attributes.push(attribute2);
          } else {
            body.blocks.push(this.blockRest(name, start));
          }
        }
      }
      /** A block after its type: labels, `{`, the body, `}`. */
      blockRest(type, start) {
        const labels = [];
        for (; ; ) {
          this.skip();
          const c = this.code();
          if (c === 34 /* Quote */) {
            labels.push(this.quoted(LABEL).value);
          } else if (c === 123 /* BraceOpen */) {
            break;
          } else {
            this.name(true);
            labels.push(this.text.slice(this.nameStart, this.nameEnd));
          }
        }
        const headerEnd = this.pos + 1;
        this.pos++;
        this.lastEnd = this.pos;
        const body = { attributes: [], blocks: [] };
        this.skip();
        if (this.code() !== 125 /* BraceClose */) {
          this.depth += 1;
          if (this.depth > DEPTH_LIMIT) throw DECLINE;
          this.bodyItems(body, true);
          this.depth -= 1;
        }
        this.expect(125 /* BraceClose */);
        return { type, labels, headerSpan: { start, end: headerEnd }, span: { start, end: this.lastEnd }, body };
      }
      // --- expressions ---------------------------------------------------------------------------
      /**
       * An `expression` node: a conditional, an operation, or one term with its postfix steps.
       * Pushes itself on `pending` in place of what its inside pushed.
       */
      expression() {
        this.depth += EXPRESSION_DEPTH;
        if (this.depth > DEPTH_LIMIT) throw DECLINE;
        this.skip();
        const start = this.pos;
        const mark = this.pending.length;
        let result = this.operation(start, mark);
        while (this.accept(63 /* Question */)) {
          const then = this.expression();
          this.expect(58 /* Colon */);
          this.skip();
          const otherwise = this.operation(this.pos, this.pending.length);
          result = { kind: "other", parts: [result, then, otherwise], span: { start, end: this.lastEnd } };
        }
        this.pending.length = mark;
        this.pending.push(result);
        this.depth -= EXPRESSION_DEPTH;
        return result;
      }
      /** An operand and any binary operators after it: with operators, the `other` of the expressions under them. */
      operation(start, mark) {
        const first = this.unary();
        const outer = this.operators;
        this.operators = 0;
        const taken = this.binary(0);
        this.operators = outer;
        if (!taken) return first;
        return { kind: "other", parts: this.pendingSince(mark), span: { start, end: this.lastEnd } };
      }
      /** Operators taken in the current operation (see MAX_OPERATORS). */
      operators = 0;
      /** Operator precedence climbing over unary terms, left-associative like the grammar's `prec.left`; true when it took one. */
      binary(minPrec) {
        let taken = false;
        for (; ; ) {
          this.skip();
          const { prec, width } = this.operator();
          if (prec === 0 || prec < minPrec) return taken;
          if (++this.operators > MAX_OPERATORS) throw DECLINE;
          this.pos += width;
          this.lastEnd = this.pos;
          this.unary();
          this.binary(prec + 1);
          taken = true;
        }
      }
      /** The binary operator at `pos`: its precedence (0 for none) and length. */
      operator() {
        const c = this.code();
        const next = this.code(1);
        switch (c) {
          case 42 /* Star */:
          case 47 /* Slash */:
          case 37 /* Percent */:
            return MULTIPLY;
          case 43 /* Plus */:
          case 45 /* Minus */:
            return ADD;
          case 62 /* Greater */:
            return next === 61 /* Equals */ ? ORDER_2 : ORDER_1;
          case 60 /* Less */:
            if (next === 60 /* Less */) throw DECLINE;
            return next === 61 /* Equals */ ? ORDER_2 : ORDER_1;
          case 61 /* Equals */:
            return next === 61 /* Equals */ ? COMPARE : NO_OPERATOR;
          case 33 /* Bang */:
            return next === 61 /* Equals */ ? COMPARE : NO_OPERATOR;
          case 38 /* Ampersand */:
            if (next !== 38 /* Ampersand */) throw DECLINE;
            return AND;
          case 124 /* Bar */:
            if (next !== 124 /* Bar */) throw DECLINE;
            return OR;
          default:
            return NO_OPERATOR;
        }
      }
      /** `-x`, `!x` (binding tighter than any binary operator, looser than `.attr` and `[i]`), or a term with its steps. */
      unary() {
        this.skip();
        const c = this.code();
        if (c === 45 /* Minus */ || c === 33 /* Bang */) {
          const start = this.pos;
          const mark = this.pending.length;
          this.pos++;
          this.lastEnd = this.pos;
          this.unary();
          return { kind: "other", parts: this.pendingSince(mark), span: { start, end: this.lastEnd } };
        }
        return this.postfix(this.term());
      }
      /**
       * `.name`, `.0`, `[i]`, `.*` and `[*]` after a term. A reference takes them into its path
       * (`[]` for an index or a splat; the reference is this term's own object, extended in place);
       * anything else becomes an `other` of itself and the expressions inside the step.
       */
      postfix(base) {
        let current = base;
        for (; ; ) {
          this.skip();
          const c = this.code();
          const mark = this.pending.length;
          const path = current.kind === "traversal" ? current.path : void 0;
          if (c === 46 /* Dot */) {
            const next = this.code(1);
            if (next === 46 /* Dot */) return current;
            if (next === 42 /* Star */) {
              this.pos += 2;
              this.lastEnd = this.pos;
              path?.push("[]");
              this.splatSteps(path);
            } else {
              this.dotStep(path);
            }
          } else if (c === 91 /* BracketOpen */) {
            if (this.code(1) === 42 /* Star */ && this.code(2) === 93 /* BracketClose */) {
              this.pos += 3;
              this.lastEnd = this.pos;
              path?.push("[]");
              this.splatSteps(path);
            } else {
              this.bracketIndex();
              path?.push("[]");
            }
          } else {
            return current;
          }
          const span2 = { start: current.span.start, end: this.lastEnd };
          if (current.kind === "traversal") current.span = span2;
          else current = { kind: "other", parts: [current, ...this.pendingSince(mark)], span: span2 };
        }
      }
      /** The attribute and index steps a splat takes after it (`.*.name[0]`). */
      splatSteps(path) {
        for (; ; ) {
          this.skip();
          const c = this.code();
          if (c === 46 /* Dot */) {
            const next = this.code(1);
            if (next === 46 /* Dot */ || next === 42 /* Star */) return;
            this.dotStep(path);
          } else if (c === 91 /* BracketOpen */) {
            if (this.code(1) === 42 /* Star */) return;
            this.bracketIndex();
            path?.push("[]");
          } else {
            return;
          }
        }
      }
      /** `.name` or `.0` at `pos`. */
      dotStep(path) {
        this.pos++;
        this.skip();
        if (isDigit(this.code())) {
          let pos = this.pos;
          while (isDigit(this.text.charCodeAt(pos))) pos++;
          const after = this.text.charCodeAt(pos);
          if (isIdentifierPart(after) || after >= 128) throw DECLINE;
          this.pos = pos;
          this.lastEnd = pos;
          path?.push("[]");
          return;
        }
        this.name(true);
        path?.push(this.text.slice(this.nameStart, this.nameEnd));
      }
      /** `[expr]` at `pos`. */
      bracketIndex() {
        this.pos++;
        this.expression();
        this.expect(93 /* BracketClose */);
      }
      /** A primary term: literal, template, reference, call, collection, `for`, or `(expr)`. */
      term() {
        this.skip();
        const start = this.pos;
        const c = this.code();
        if (c === 34 /* Quote */) return this.quoted(QUOTED);
        if (isDigit(c)) return this.number();
        if (c === 91 /* BracketOpen */) return this.lookingAtFor(1) ? this.forExpression(false) : this.tuple();
        if (c === 123 /* BraceOpen */) return this.lookingAtFor(1) ? this.forExpression(true) : this.object();
        if (c === 40 /* ParenOpen */) {
          this.pos++;
          const inner = this.expression();
          this.expect(41 /* ParenClose */);
          return inner.kind === "traversal" ? { kind: "traversal", root: inner.root, path: [...inner.path], span: inner.span } : inner;
        }
        if (c === 60 /* Less */ && this.code(1) === 60 /* Less */) return this.heredoc();
        const end = this.scanIdentifier();
        if (end === start) throw DECLINE;
        const word = end - start <= MAX_KEYWORD_LENGTH ? this.text.slice(start, end) : "";
        if (word === "true" || word === "false") {
          this.pos = this.lastEnd = end;
          return { kind: "bool", text: word, span: { start, end } };
        }
        if (word === "null") {
          this.pos = this.lastEnd = end;
          return { kind: "null", text: "null", span: { start, end } };
        }
        if (KEYWORDS.has(word)) throw DECLINE;
        this.pos = end;
        this.skip();
        if (this.code() === 40 /* ParenOpen */) return this.call(start, end);
        this.lastEnd = end;
        return { kind: "traversal", root: word || this.text.slice(start, end), path: [], span: { start, end } };
      }
      /** Whether `for` follows the bracket at `pos + offset` (a `for` expression, not a tuple or object). */
      lookingAtFor(offset) {
        const saved = this.pos;
        this.pos += offset;
        const found = this.atWord("for");
        this.pos = saved;
        return found;
      }
      /** `[0-9]+(\.[0-9]+([eE][-+]?[0-9]+)?)?` or `0x[0-9a-zA-Z]+`, the grammar's two number tokens. */
      number() {
        const text = this.text;
        const start = this.pos;
        let pos = start;
        if (text.charCodeAt(pos) === 48 /* Digit0 */ && text.charCodeAt(pos + 1) === 120 && isAlphanumeric(text.charCodeAt(pos + 2))) {
          pos += 2;
          while (isAlphanumeric(text.charCodeAt(pos))) pos++;
        } else {
          while (isDigit(text.charCodeAt(pos))) pos++;
          if (text.charCodeAt(pos) === 46 /* Dot */ && isDigit(text.charCodeAt(pos + 1))) {
            pos += 2;
            while (isDigit(text.charCodeAt(pos))) pos++;
            const e = text.charCodeAt(pos) | 32;
            if (e === 101) {
              let at = pos + 1;
              const sign = text.charCodeAt(at);
              if (sign === 43 /* Plus */ || sign === 45 /* Minus */) at++;
              if (isDigit(text.charCodeAt(at))) {
                pos = at;
                while (isDigit(text.charCodeAt(pos))) pos++;
              }
            }
          }
        }
        const after = text.charCodeAt(pos);
        if (isIdentifierPart(after) || after >= 128) throw DECLINE;
        this.pos = this.lastEnd = pos;
        return { kind: "number", text: text.slice(start, pos), span: { start, end: pos } };
      }
      /** `name(args)`, the name already scanned and `pos` at `(`. */
      call(start, nameEnd) {
        const name = this.text.slice(start, nameEnd);
        const mark = this.pending.length;
        this.pos++;
        this.lastEnd = this.pos;
        this.skip();
        if (this.code() !== 41 /* ParenClose */) {
          for (; ; ) {
            this.expression();
            this.skip();
            if (this.code() === 46 /* Dot */ && this.code(1) === 46 /* Dot */ && this.code(2) === 46 /* Dot */) {
              this.pos += 3;
              this.lastEnd = this.pos;
              break;
            }
            if (!this.accept(44 /* Comma */)) break;
            this.skip();
            if (this.code() === 41 /* ParenClose */) break;
          }
        }
        this.expect(41 /* ParenClose */);
        return { kind: "call", name, args: this.pendingSince(mark), span: { start, end: this.lastEnd } };
      }
      tuple() {
        const start = this.pos;
        const mark = this.pending.length;
        this.pos++;
        this.skip();
        if (this.code() !== 93 /* BracketClose */) {
          for (; ; ) {
            this.expression();
            if (!this.accept(44 /* Comma */)) break;
            this.skip();
            if (this.code() === 93 /* BracketClose */) break;
          }
        }
        this.expect(93 /* BracketClose */);
        return { kind: "tuple", items: this.pendingSince(mark), span: { start, end: this.lastEnd } };
      }
      /** `{ key = value, ... }`: keys are expressions, `=` or `:` between, commas optional. */
      object() {
        const start = this.pos;
        const entries2 = [];
        this.pos++;
        for (; ; ) {
          this.skip();
          if (this.code() === 125 /* BraceClose */) break;
          const key = this.expression();
          this.skip();
          const c = this.code();
          if (c === 58 /* Colon */ || c === 61 /* Equals */ && this.code(1) !== 61 /* Equals */ && this.code(1) !== 62 /* Greater */) this.pos++;
          else throw DECLINE;
          const value = this.expression();
          entries2.push({ key: objectKeyName(key), keySpan: key.span, value });
          this.accept(44 /* Comma */);
        }
        this.pos++;
        this.lastEnd = this.pos;
        return { kind: "object", entries: entries2, span: { start, end: this.lastEnd } };
      }
      /** `[for x in xs : v if c]` and `{for k, v in m : k => v... if c}`. */
      forExpression(isObject2) {
        const start = this.pos;
        const mark = this.pending.length;
        this.pos++;
        this.skip();
        this.takeWord("for");
        this.name();
        if (this.accept(44 /* Comma */)) this.name();
        this.takeWord("in");
        this.expression();
        this.expect(58 /* Colon */);
        this.expression();
        if (isObject2) {
          this.skip();
          if (this.code() !== 61 /* Equals */ || this.code(1) !== 62 /* Greater */) throw DECLINE;
          this.pos += 2;
          this.expression();
          this.skip();
          if (this.code() === 46 /* Dot */ && this.code(1) === 46 /* Dot */ && this.code(2) === 46 /* Dot */) {
            this.pos += 3;
            this.lastEnd = this.pos;
          }
        }
        if (this.atWord("if")) {
          this.takeWord("if");
          this.expression();
        }
        this.expect(isObject2 ? 125 /* BraceClose */ : 93 /* BracketClose */);
        return { kind: "other", parts: this.pendingSince(mark), span: { start, end: this.lastEnd } };
      }
      // --- templates -----------------------------------------------------------------------------
      /**
       * A quoted string at `pos`: a `string` when it holds only text, a `template` when it
       * interpolates or has directives (block labels may not).
       */
      quoted(mode) {
        const start = this.pos;
        const mark = this.pending.length;
        this.pos++;
        this.runStart = -1;
        const dynamic = this.templateParts(mode, "") !== 0;
        if (this.stop !== 0 /* End */) throw DECLINE;
        if (this.code() !== 34 /* Quote */) throw DECLINE;
        this.pos++;
        this.lastEnd = this.pos;
        const span2 = { start, end: this.pos };
        if (dynamic) return { kind: "template", parts: this.pendingSince(mark), span: span2 };
        if (this.runStart < 0) return { kind: "string", value: "", span: span2, valueSpan: { start: start + 1, end: start + 1 } };
        return { kind: "string", value: unescapeQuoted(this.text.slice(this.runStart, this.runEnd)), span: span2, valueSpan: { start: this.runStart, end: this.runEnd } };
      }
      /** `<<EOT` or `<<-EOT`, its lines, and the closing marker on a line of its own. */
      heredoc() {
        const start = this.pos;
        const mark = this.pending.length;
        const indented = this.code(2) === 45 /* Minus */;
        this.pos += indented ? 3 : 2;
        const markerStart = this.pos;
        while (isAlphanumeric(this.code()) || this.code() === 95 /* Underscore */ || this.code() === 45 /* Minus */) this.pos++;
        if (this.pos === markerStart) throw DECLINE;
        const markerEnd = this.pos;
        const marker = this.text.slice(markerStart, markerEnd);
        if (this.code() === 13 /* Return */) this.pos++;
        if (this.code() !== 10 /* Newline */) throw DECLINE;
        const dynamic = this.templateParts(HEREDOC, marker) !== 0;
        if (this.stop !== 0 /* End */) throw DECLINE;
        const closingStart = this.pos;
        this.pos += marker.length;
        this.lastEnd = this.pos;
        if (dynamic) return { kind: "template", parts: this.pendingSince(mark), span: { start, end: this.pos } };
        return heredocString(this.text, start, this.pos, markerEnd, closingStart, indented);
      }
      /**
       * Template text, interpolations and directives until the closing quote or marker (left at
       * `pos`), or until `%{else}`, `%{endif}` or `%{endfor}` (then at its `%`). Text runs from the
       * first to the last non-blank character between two other tokens (the scanner skips blanks
       * before each chunk, so they are padding, not text): the last run is left in `runStart` and
       * `runEnd`. Returns how many interpolations and directives it took, with the stop in `this.stop`.
       */
      templateParts(mode, marker) {
        const text = this.text;
        const length = this.length;
        let pos = this.pos;
        let runStart = -1;
        let runEnd = -1;
        let sawNewline = false;
        let dynamic = 0;
        for (; ; ) {
          if (pos >= length) throw DECLINE;
          const c = text.charCodeAt(pos);
          if (c === 32 /* Space */ || c === 9 /* Tab */ || c === 13 /* Return */ || c === 10 /* Newline */) {
            if (c === 10 /* Newline */) {
              if (mode !== HEREDOC) throw DECLINE;
              sawNewline = true;
            }
            pos++;
            continue;
          }
          let width = 1;
          if (c === 34 /* Quote */ && mode !== HEREDOC) {
            this.endRun(runStart, runEnd);
            this.pos = pos;
            this.stop = 0 /* End */;
            return dynamic;
          } else if (c === 36 /* Dollar */ || c === 37 /* Percent */) {
            const next = text.charCodeAt(pos + 1);
            if (next === 123 /* BraceOpen */) {
              if (mode === LABEL) throw DECLINE;
              this.endRun(runStart, runEnd);
              runStart = -1;
              this.pos = pos;
              if (c === 36 /* Dollar */) {
                this.interpolation();
              } else {
                const stop = this.directive(mode, marker);
                if (stop !== 0 /* End */) {
                  this.stop = stop;
                  return dynamic;
                }
              }
              dynamic++;
              pos = this.pos;
              sawNewline = false;
              continue;
            }
            if (next === c) width = text.charCodeAt(pos + 2) === 123 /* BraceOpen */ ? 3 : 2;
          } else if (c === 92 /* Backslash */ && mode !== HEREDOC) {
            const next = text.charCodeAt(pos + 1);
            if (next === 34 /* Quote */ || next === 110 || next === 114 || next === 116 || next === 92 /* Backslash */) width = 2;
            else if (next === 117 || next === 85) {
              const digits = next === 117 ? 4 : 8;
              for (let i = 0; i < digits; i++) if (!isHexDigit(text.charCodeAt(pos + 2 + i))) throw DECLINE;
              width = 2 + digits;
            } else {
              throw DECLINE;
            }
          } else if (sawNewline && mode === HEREDOC && text.startsWith(marker, pos)) {
            let after = pos + marker.length;
            while (after < length && (text.charCodeAt(after) === 32 /* Space */ || text.charCodeAt(after) === 9 /* Tab */ || text.charCodeAt(after) === 13 /* Return */)) after++;
            if (after < length && text.charCodeAt(after) === 10 /* Newline */) {
              this.endRun(runStart, runEnd);
              this.pos = pos;
              this.stop = 0 /* End */;
              return dynamic;
            }
            if (after >= length) throw DECLINE;
            width = after + 1 - pos;
          }
          if (c >= 55296 && c <= 56319) width = Math.max(width, 2);
          if (runStart < 0) runStart = pos;
          pos += width;
          runEnd = pos;
          sawNewline = false;
        }
      }
      /** Records a finished text run (see templateParts). */
      endRun(start, end) {
        if (start < 0) return;
        this.runStart = start;
        this.runEnd = end;
      }
      /** `${ expr }` at `pos`, with optional `~` strip markers. */
      interpolation() {
        this.pos += 2;
        this.lastEnd = this.pos;
        this.accept(126 /* Tilde */);
        this.skip();
        if (this.code() !== 125 /* BraceClose */ && this.code() !== 126 /* Tilde */) this.expression();
        this.accept(126 /* Tilde */);
        this.expect(125 /* BraceClose */);
      }
      /**
       * A directive at `pos`: `%{if}`/`%{for}` with their bodies (returns Stop.End), or one of the
       * words that close a body (returns which, `pos` left at its `%` for the caller).
       */
      directive(mode, marker) {
        const start = this.pos;
        this.pos += 2;
        this.accept(126 /* Tilde */);
        this.skip();
        const wordStart = this.pos;
        const wordEnd = this.scanIdentifier();
        const word = this.text.slice(wordStart, wordEnd);
        if (word === "else" || word === "endif" || word === "endfor") {
          this.pos = start;
          return word === "else" ? 1 /* Else */ : word === "endif" ? 2 /* EndIf */ : 3 /* EndFor */;
        }
        if (word !== "if" && word !== "for") throw DECLINE;
        this.pos = start;
        if (word === "if") {
          this.directiveOpen("if");
          this.expression();
          this.directiveClose();
          this.templateParts(mode, marker);
          if (this.stop === 1 /* Else */) {
            this.directiveOpen("else");
            this.directiveClose();
            this.templateParts(mode, marker);
          }
          if (this.stop !== 2 /* EndIf */) throw DECLINE;
          this.directiveOpen("endif");
          this.directiveClose();
        } else {
          this.directiveOpen("for");
          this.name();
          if (this.accept(44 /* Comma */)) this.name();
          this.takeWord("in");
          this.expression();
          this.directiveClose();
          this.templateParts(mode, marker);
          if (this.stop !== 3 /* EndFor */) throw DECLINE;
          this.directiveOpen("endfor");
          this.directiveClose();
        }
        return 0 /* End */;
      }
      /** `%{`, an optional `~`, and the directive's word. */
      directiveOpen(word) {
        this.pos += 2;
        this.accept(126 /* Tilde */);
        this.takeWord(word);
      }
      /** An optional `~` and the directive's `}`. */
      directiveClose() {
        this.accept(126 /* Tilde */);
        this.expect(125 /* BraceClose */);
      }
    };
    QUOTED = 0;
    HEREDOC = 1;
    LABEL = 2;
    NO_OPERATOR = { prec: 0, width: 0 };
    ORDER_1 = { prec: PREC_ORDER, width: 1 };
    ORDER_2 = { prec: PREC_ORDER, width: 2 };
    ADD = { prec: PREC_ADD, width: 1 };
    AND = { prec: PREC_AND, width: 2 };
    COMPARE = { prec: PREC_COMPARE, width: 2 };
    MULTIPLY = { prec: PREC_MULTIPLY, width: 1 };
    OR = { prec: PREC_OR, width: 2 };
  }
});

// src/terraform/json-syntax.ts
var json_syntax_exports = {};
__export(json_syntax_exports, {
  parseTerraformJson: () => parseTerraformJson
});
import { parseTree, printParseErrorCode as printParseErrorCode2 } from "jsonc-parser";
async function parseTerraformJson(text, { variablesFile }) {
  const errors = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems = errors.map((error2) => ({
    span: { start: error2.offset, end: error2.offset + error2.length },
    message: describeJsonError(printParseErrorCode2(error2.error))
  }));
  const body = { attributes: [], blocks: [] };
  if (!root) return { body, problems };
  if (root.type !== "object") {
    problems.push({ span: span(root), message: "the top level must be a JSON object" });
    return { body, problems };
  }
  const converter = new JsonConverter();
  if (variablesFile) await converter.attributesInto(root, body);
  else await converter.bodyInto(root, "", body);
  return { body, problems };
}
function respan(expr, to) {
  switch (expr.kind) {
    case "string":
      return { ...expr, span: to, valueSpan: { start: to.start + 1, end: to.end - 1 } };
    case "template":
    case "other":
      return { ...expr, parts: expr.parts.map((p) => respan(p, to)), span: to };
    case "call":
      return { ...expr, args: expr.args.map((a) => respan(a, to)), span: to };
    case "object":
      return { ...expr, entries: expr.entries.map((e) => ({ ...e, keySpan: to, value: respan(e.value, to) })), span: to };
    case "tuple":
      return { ...expr, items: expr.items.map((i) => respan(i, to)), span: to };
    default:
      return { ...expr, span: to };
  }
}
function span(node) {
  return { start: node.offset, end: node.offset + node.length };
}
function describeJsonError(code2) {
  return `invalid JSON: ${code2.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
}
var JSON_BLOCKS, JsonConverter;
var init_json_syntax = __esm({
  "src/terraform/json-syntax.ts"() {
    "use strict";
    init_parse_file();
    init_strings();
    init_syntax();
    JSON_BLOCKS = {
      "": { resource: 2, data: 2, ephemeral: 2, variable: 1, output: 1, module: 1, provider: 1, locals: 0, terraform: 0, check: 1 },
      terraform: { backend: 1, cloud: 0, encryption: 0, required_providers: 0 },
      encryption: { key_provider: 2, method: 2, state: 0, plan: 0, remote_state_data_sources: 0 },
      state: { fallback: 0 },
      plan: { fallback: 0 }
    };
    JsonConverter = class {
      depth = 0;
      /** A block body: known block keys become blocks, the rest attributes. */
      async bodyInto(object, blockType, body) {
        const blockKinds = JSON_BLOCKS[blockType] ?? {};
        for (const property of object.children ?? []) {
          const [keyNode, valueNode] = property.children ?? [];
          if (!keyNode || !valueNode || typeof keyNode.value !== "string") continue;
          const key = keyNode.value;
          if (key === "//") continue;
          const labels = blockKinds[key];
          if (labels !== void 0) {
            await this.blocksInto(valueNode, key, labels, [], keyNode, body);
          } else if (blockType !== "") {
            body.attributes.push(await this.attribute(key, keyNode, valueNode, property));
          }
        }
      }
      /** A `.tfvars.json` file or a `locals` object: every key is an attribute. */
      async attributesInto(object, body) {
        for (const property of object.children ?? []) {
          const [keyNode, valueNode] = property.children ?? [];
          if (!keyNode || !valueNode || typeof keyNode.value !== "string" || keyNode.value === "//") continue;
          body.attributes.push(await this.attribute(keyNode.value, keyNode, valueNode, property));
        }
      }
      /** `"resource": {"aws_x": {"name": {...}}}`: one object level per label; arrays repeat a block. */
      async blocksInto(node, type, labelsLeft, labels, header2, body) {
        if (node.type === "array") {
          for (const item of node.children ?? []) await this.blocksInto(item, type, labelsLeft, labels, header2, body);
          return;
        }
        if (node.type !== "object") return;
        if (labelsLeft === 0) {
          const block = {
            type,
            labels,
            headerSpan: span(header2),
            span: span(node),
            body: { attributes: [], blocks: [] }
          };
          if (type === "locals") await this.attributesInto(node, block.body);
          else await this.bodyInto(node, type, block.body);
          body.blocks.push(block);
          return;
        }
        for (const property of node.children ?? []) {
          const [keyNode, valueNode] = property.children ?? [];
          if (!keyNode || !valueNode || typeof keyNode.value !== "string" || keyNode.value === "//") continue;
          await this.blocksInto(valueNode, type, labelsLeft - 1, [...labels, keyNode.value], keyNode, body);
        }
      }
      async attribute(name, keyNode, valueNode, property) {
        return { name, nameSpan: span(keyNode), value: await this.expr(valueNode), span: span(property) };
      }
      async expr(node) {
        if (this.depth >= MAX_EXPRESSION_DEPTH) return { kind: "other", parts: [], span: span(node) };
        this.depth += 1;
        try {
          return await this.exprInner(node);
        } finally {
          this.depth -= 1;
        }
      }
      async exprInner(node) {
        switch (node.type) {
          case "string":
            return this.string(node);
          case "number":
            return { kind: "number", text: String(node.value), span: span(node) };
          case "boolean":
            return { kind: "bool", text: String(node.value), span: span(node) };
          case "null":
            return { kind: "null", text: "null", span: span(node) };
          case "array": {
            const items = [];
            for (const item of node.children ?? []) items.push(await this.expr(item));
            return { kind: "tuple", items, span: span(node) };
          }
          case "object": {
            const entries2 = [];
            for (const property of node.children ?? []) {
              const [keyNode, valueNode] = property.children ?? [];
              if (!keyNode || !valueNode) continue;
              entries2.push({ key: typeof keyNode.value === "string" ? keyNode.value : void 0, keySpan: span(keyNode), value: await this.expr(valueNode) });
            }
            return { kind: "object", entries: entries2, span: span(node) };
          }
          default:
            return { kind: "other", parts: [], span: span(node) };
        }
      }
      async string(node) {
        const value = String(node.value);
        const whole = span(node);
        if (!/[$%]\{/.test(value.replace(/([$%])\1\{/g, ""))) {
          return { kind: "string", value: unescapeHeredoc(value), span: whole, valueSpan: { start: whole.start + 1, end: whole.end - 1 } };
        }
        const marker = "LEAKGATE_JSON_TEMPLATE";
        const parsed = await parseNativeHcl(`x = <<${marker}
${value}
${marker}
`);
        const inner = parsed.body.attributes[0]?.value;
        if (!inner) return { kind: "template", parts: [], span: whole };
        return respan(inner, whole);
      }
    };
  }
});

// src/terraform/hcl.ts
var hcl_exports = {};
__export(hcl_exports, {
  convertHclTree: () => convertHclTree,
  loadHclParser: () => loadHclParser,
  parseHcl: () => parseHcl,
  parseHclTree: () => parseHclTree
});
import { existsSync as existsSync5 } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function grammarPath() {
  if (existsSync5(BUILT_GRAMMAR)) return BUILT_GRAMMAR;
  return createRequire4(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
}
function loadHclParser() {
  parserPromise ??= (async () => {
    const { Language, Parser } = await import("web-tree-sitter");
    await Parser.init();
    const language = await Language.load(grammarPath());
    const parser = new Parser();
    parser.setLanguage(language);
    const count2 = language.nodeTypeCount;
    const typeNames = [];
    const named = [];
    const kept = [];
    const transparent = [];
    for (let id = 0; id < count2; id++) {
      const name = language.nodeTypeForId(id) ?? "";
      typeNames.push(name);
      named.push(language.nodeTypeIsNamed(id));
      kept.push(named[id] && !UNREAD_TYPES.has(name));
      transparent.push(named[id] && TRANSPARENT_TYPES.includes(name));
    }
    return { parser, typeNames, named, kept, transparent };
  })();
  return parserPromise;
}
async function parseHcl(text) {
  const tree = await parseHclTree(text);
  return tree ? convertHclTree(text, tree) : { body: { attributes: [], blocks: [] }, problems: [{ span: { start: 0, end: 0 }, message: "could not be parsed" }] };
}
async function parseHclTree(text) {
  const hcl = await loadHclParser();
  const tree = hcl.parser.parse(text);
  if (!tree) return void 0;
  const cursor = tree.walk();
  try {
    const hasError = tree.rootNode.hasError;
    const { nodes, count: count2 } = copyTree(cursor, hcl, hasError);
    return { nodes, count: count2, typeNames: hcl.typeNames, hasError };
  } finally {
    cursor.delete();
    tree.delete();
  }
}
function convertHclTree(text, tree) {
  return new Converter(text, new TreeView(tree)).file(tree.hasError);
}
function kindTable(typeNames) {
  let table2 = kindTables.get(typeNames);
  if (!table2) {
    table2 = new Uint8Array(typeNames.length);
    for (let id = 0; id < typeNames.length; id++) table2[id] = KIND_BY_NAME[typeNames[id]] ?? 0 /* Other */;
    kindTables.set(typeNames, table2);
  }
  return table2;
}
function copyTree(cursor, hcl, hasError) {
  let nodes = new Int32Array(FIELDS * 1024);
  let count2 = 0;
  const add = (typeId, start, end, missing, parent) => {
    if ((count2 + 1) * FIELDS > nodes.length) {
      const grown = new Int32Array(nodes.length * 2);
      grown.set(nodes);
      nodes = grown;
    }
    const at = count2 * FIELDS;
    nodes[at] = typeId;
    nodes[at + 1] = start;
    nodes[at + 2] = end;
    nodes[at + 3] = missing ? 1 : 0;
    nodes[at + 4] = parent;
    return count2++;
  };
  add(cursor.nodeTypeId, cursor.startIndex, cursor.endIndex, false, -1);
  const stack = [0];
  const depthKinds = [];
  if (!cursor.gotoFirstChild()) return { nodes, count: count2 };
  for (; ; ) {
    const typeId = cursor.nodeTypeId;
    const isError = typeId === ERROR_TYPE_ID;
    const missing = hasError && !isError && cursor.nodeIsMissing;
    let node = -1;
    if (isError || missing || (hasError ? hcl.named[typeId] : hcl.kept[typeId])) {
      node = add(typeId, cursor.startIndex, cursor.endIndex, missing, stack[stack.length - 1]);
    }
    if ((node >= 0 || hcl.transparent[typeId]) && cursor.gotoFirstChild()) {
      if (node >= 0) stack.push(node);
      depthKinds.push(node >= 0);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return { nodes, count: count2 };
      const kept = depthKinds.pop();
      if (kept === void 0) return { nodes, count: count2 };
      if (kept) stack.pop();
    }
  }
}
function isPostfix(kind) {
  return kind === 22 /* GetAttr */ || kind === 23 /* Index */ || kind === 24 /* Splat */ || kind === 25 /* AttrSplat */ || kind === 26 /* FullSplat */;
}
function isDynamic(kind) {
  return kind === 28 /* TemplateInterpolation */ || kind === 29 /* TemplateDirective */;
}
function describeToken(type) {
  switch (type) {
    case "block_end":
    case "object_end":
    case "}":
      return "`}`";
    case "tuple_end":
    case "]":
      return "`]`";
    case "quoted_template_end":
      return 'closing `"`';
    default:
      return /^[a-z_]+$/.test(type) ? type.replace(/_/g, " ") : `\`${type}\``;
  }
}
var BUILT_GRAMMAR, TRANSPARENT_TYPES, UNREAD_TYPES, parserPromise, FIELDS, ERROR_TYPE_ID, KIND_BY_NAME, kindTables, NONE, TreeView, Converter;
var init_hcl = __esm({
  "src/terraform/hcl.ts"() {
    "use strict";
    init_strings();
    init_syntax();
    BUILT_GRAMMAR = fileURLToPath3(new URL("../grammars/tree-sitter-terraform.wasm", import.meta.url));
    TRANSPARENT_TYPES = ["literal_value", "collection_value", "template_expr", "operation"];
    UNREAD_TYPES = /* @__PURE__ */ new Set([
      ...TRANSPARENT_TYPES,
      "block_end",
      "object_start",
      "object_end",
      "tuple_start",
      "tuple_end",
      "quoted_template_start",
      "quoted_template_end",
      "template_interpolation_start",
      "template_interpolation_end",
      "template_directive_start",
      "template_directive_end",
      "comment",
      "strip_marker",
      "ellipsis"
    ]);
    FIELDS = 5;
    ERROR_TYPE_ID = 65535;
    KIND_BY_NAME = {
      ERROR: 1 /* Error */,
      body: 2 /* Body */,
      object: 3 /* Object */,
      attribute: 4 /* Attribute */,
      block: 5 /* Block */,
      identifier: 6 /* Identifier */,
      expression: 7 /* Expression */,
      string_lit: 8 /* StringLit */,
      template_literal: 9 /* TemplateLiteral */,
      block_start: 10 /* BlockStart */,
      literal_value: 11 /* Wrapper */,
      template_expr: 11 /* Wrapper */,
      collection_value: 11 /* Wrapper */,
      operation: 11 /* Wrapper */,
      numeric_lit: 12 /* NumericLit */,
      bool_lit: 13 /* BoolLit */,
      null_lit: 14 /* NullLit */,
      quoted_template: 15 /* QuotedTemplate */,
      heredoc_template: 16 /* HeredocTemplate */,
      variable_expr: 17 /* VariableExpr */,
      function_call: 18 /* FunctionCall */,
      function_arguments: 19 /* FunctionArguments */,
      tuple: 20 /* Tuple */,
      object_elem: 21 /* ObjectElem */,
      get_attr: 22 /* GetAttr */,
      index: 23 /* Index */,
      new_index: 23 /* Index */,
      legacy_index: 23 /* Index */,
      splat: 24 /* Splat */,
      attr_splat: 25 /* AttrSplat */,
      full_splat: 26 /* FullSplat */,
      comment: 27 /* Comment */,
      template_interpolation: 28 /* TemplateInterpolation */,
      template_directive: 29 /* TemplateDirective */,
      heredoc_identifier: 30 /* HeredocIdentifier */,
      heredoc_start: 31 /* HeredocStart */
    };
    kindTables = /* @__PURE__ */ new WeakMap();
    NONE = -1;
    TreeView = class {
      count;
      flat;
      typeNames;
      kinds;
      firstChild;
      nextSibling;
      constructor(tree) {
        this.flat = tree.nodes;
        this.count = tree.count;
        this.typeNames = tree.typeNames;
        const table2 = kindTable(tree.typeNames);
        const count2 = tree.count;
        this.kinds = new Uint8Array(count2);
        this.firstChild = new Int32Array(count2).fill(NONE);
        this.nextSibling = new Int32Array(count2).fill(NONE);
        const lastChild = new Int32Array(count2).fill(NONE);
        for (let i = 0; i < count2; i++) {
          const typeId = this.flat[i * FIELDS];
          this.kinds[i] = typeId === ERROR_TYPE_ID ? 1 /* Error */ : table2[typeId] ?? 0 /* Other */;
          const parent = this.flat[i * FIELDS + 4];
          if (parent < 0) continue;
          const last = lastChild[parent];
          if (last === NONE) this.firstChild[parent] = i;
          else this.nextSibling[last] = i;
          lastChild[parent] = i;
        }
      }
      kind(node) {
        return this.kinds[node];
      }
      type(node) {
        const typeId = this.flat[node * FIELDS];
        return typeId === ERROR_TYPE_ID ? "ERROR" : this.typeNames[typeId] ?? "";
      }
      start(node) {
        return this.flat[node * FIELDS + 1];
      }
      end(node) {
        return this.flat[node * FIELDS + 2];
      }
      missing(node) {
        return this.flat[node * FIELDS + 3] === 1;
      }
      parent(node) {
        return this.flat[node * FIELDS + 4];
      }
      /** The first child of `kind`, or NONE. */
      child(node, kind) {
        for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) if (this.kinds[c] === kind) return c;
        return NONE;
      }
      span(node) {
        return { start: this.flat[node * FIELDS + 1], end: this.flat[node * FIELDS + 2] };
      }
    };
    Converter = class {
      constructor(text, tree) {
        this.text = text;
        this.tree = tree;
      }
      text;
      tree;
      problems = [];
      depth = 0;
      file(hasError) {
        const tree = this.tree;
        const body = { attributes: [], blocks: [] };
        if (hasError) this.collectProblems();
        for (let child = tree.firstChild[0]; child !== NONE; child = tree.nextSibling[child]) {
          const kind = tree.kind(child);
          if (kind === 2 /* Body */ || kind === 1 /* Error */) this.fillBody(child, body);
          else if (kind === 3 /* Object */) {
            const object = this.expr(child);
            if (object.kind === "object") addObjectAsAttributes(object, body);
          }
        }
        return { body, problems: this.problems };
      }
      /** MISSING and ERROR nodes in document order (index order), not looking inside a MISSING node. */
      collectProblems() {
        const tree = this.tree;
        const insideMissing = new Uint8Array(tree.count);
        for (let node = 0; node < tree.count; node++) {
          const parent = tree.parent(node);
          if (parent >= 0 && (insideMissing[parent] || tree.missing(parent))) {
            insideMissing[node] = 1;
            continue;
          }
          const start = tree.start(node);
          const end = tree.end(node);
          if (tree.missing(node)) {
            this.problems.push({ span: { start, end }, message: `missing ${describeToken(tree.type(node))}` });
            continue;
          }
          if (tree.kind(node) === 1 /* Error */) {
            const snippet = this.text.slice(start, Math.min(end, start + 20)).split("\n")[0].trim();
            this.problems.push({ span: { start, end }, message: snippet ? `unexpected \`${snippet}\`` : "syntax error" });
          }
        }
      }
      slice(node) {
        return this.text.slice(this.tree.start(node), this.tree.end(node));
      }
      /** Attributes and blocks of a body; an ERROR node's well-formed parts still count. */
      fillBody(node, body) {
        if (this.depth >= MAX_EXPRESSION_DEPTH) return;
        this.depth += 1;
        this.fillBodyInner(node, body);
        this.depth -= 1;
      }
      fillBodyInner(node, body) {
        const tree = this.tree;
        for (let child = tree.firstChild[node]; child !== NONE; child = tree.nextSibling[child]) {
          const kind = tree.kind(child);
          if (kind === 4 /* Attribute */) {
            const attribute2 = this.attribute(child);
            if (attribute2) body.attributes.push(attribute2);
          } else if (kind === 5 /* Block */) {
            const block = this.block(child);
            if (block) body.blocks.push(block);
          } else if (kind === 2 /* Body */ || kind === 1 /* Error */) {
            this.fillBody(child, body);
          }
        }
      }
      attribute(node) {
        const name = this.tree.child(node, 6 /* Identifier */);
        const value = this.tree.child(node, 7 /* Expression */);
        if (name === NONE || value === NONE) return void 0;
        return { name: this.slice(name), nameSpan: this.tree.span(name), value: this.expr(value), span: this.tree.span(node) };
      }
      block(node) {
        const tree = this.tree;
        const type = tree.firstChild[node];
        if (type === NONE || tree.kind(type) !== 6 /* Identifier */) return void 0;
        const labels = [];
        let headerEnd = tree.end(type);
        const body = { attributes: [], blocks: [] };
        for (let child = tree.nextSibling[type]; child !== NONE; child = tree.nextSibling[child]) {
          const kind = tree.kind(child);
          if (kind === 8 /* StringLit */) {
            const literal = tree.child(child, 9 /* TemplateLiteral */);
            labels.push(literal !== NONE ? unescapeQuoted(this.slice(literal)) : "");
            headerEnd = tree.end(child);
          } else if (kind === 6 /* Identifier */) {
            labels.push(this.slice(child));
            headerEnd = tree.end(child);
          } else if (kind === 10 /* BlockStart */) {
            headerEnd = tree.end(child);
          } else if (kind === 2 /* Body */ || kind === 1 /* Error */) {
            this.fillBody(child, body);
          }
        }
        return { type: this.slice(type), labels, headerSpan: { start: tree.start(type), end: headerEnd }, span: tree.span(node), body };
      }
      expr(node) {
        if (this.depth >= MAX_EXPRESSION_DEPTH) return { kind: "other", parts: [], span: this.tree.span(node) };
        this.depth += 1;
        const converted = this.exprInner(node);
        this.depth -= 1;
        return converted;
      }
      exprInner(node) {
        const tree = this.tree;
        switch (tree.kind(node)) {
          case 7 /* Expression */:
            return this.sequence(node);
          case 11 /* Wrapper */: {
            const only = tree.firstChild[node];
            return only !== NONE && tree.nextSibling[only] === NONE ? this.expr(only) : this.other(node);
          }
          case 8 /* StringLit */:
            return this.quotedString(node);
          case 12 /* NumericLit */:
            return { kind: "number", text: this.slice(node), span: tree.span(node) };
          case 13 /* BoolLit */:
            return { kind: "bool", text: this.slice(node), span: tree.span(node) };
          case 14 /* NullLit */:
            return { kind: "null", text: "null", span: tree.span(node) };
          case 15 /* QuotedTemplate */:
            return this.quotedTemplate(node);
          case 16 /* HeredocTemplate */:
            return this.heredoc(node);
          case 17 /* VariableExpr */:
            return { kind: "traversal", root: this.slice(node), path: [], span: tree.span(node) };
          case 18 /* FunctionCall */: {
            const name = tree.child(node, 6 /* Identifier */);
            const args = tree.child(node, 19 /* FunctionArguments */);
            const values = [];
            if (args !== NONE) {
              for (let c = tree.firstChild[args]; c !== NONE; c = tree.nextSibling[c]) if (tree.kind(c) === 7 /* Expression */) values.push(this.expr(c));
            }
            return { kind: "call", name: name !== NONE ? this.slice(name) : "", args: values, span: tree.span(node) };
          }
          case 3 /* Object */:
            return this.object(node);
          case 20 /* Tuple */: {
            const items = [];
            for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c]) if (tree.kind(c) === 7 /* Expression */) items.push(this.expr(c));
            return { kind: "tuple", items, span: tree.span(node) };
          }
          default:
            return this.other(node);
        }
      }
      /**
       * Hidden grammar rules are inlined, so `a.b[0] + f(x).y` arrives as one flat run of
       * children: each primary term followed by its postfix steps. Split the run at each primary.
       */
      sequence(whole) {
        const tree = this.tree;
        const terms = [];
        let current;
        for (let child = tree.firstChild[whole]; child !== NONE; child = tree.nextSibling[child]) {
          const kind = tree.kind(child);
          if (current && isPostfix(kind)) {
            current = this.postfix(current, child);
            continue;
          }
          if (kind === 27 /* Comment */) continue;
          if (current) terms.push(current);
          current = this.expr(child);
        }
        if (current) terms.push(current);
        if (terms.length === 1) return terms[0];
        return { kind: "other", parts: terms, span: tree.span(whole) };
      }
      postfix(base, step) {
        const tree = this.tree;
        const extended = { start: base.span.start, end: tree.end(step) };
        if (base.kind === "traversal") {
          const names = this.stepNames(step);
          if (names) {
            for (const name of names) base.path.push(name);
            base.span = extended;
            return base;
          }
        }
        const parts = [base];
        for (let c = tree.firstChild[step]; c !== NONE; c = tree.nextSibling[c]) this.expressionsIn(c, parts);
        return { kind: "other", parts, span: extended };
      }
      /** `.name` -> [name]; `[expr]`, `.0`, `[*]`, `.*` -> ['[]'] plus any names after a splat. */
      stepNames(step) {
        const tree = this.tree;
        switch (tree.kind(step)) {
          case 22 /* GetAttr */: {
            const id = tree.child(step, 6 /* Identifier */);
            return id !== NONE ? [this.slice(id)] : void 0;
          }
          case 23 /* Index */:
            return ["[]"];
          case 24 /* Splat */: {
            const only = tree.firstChild[step];
            return only !== NONE && tree.nextSibling[only] === NONE ? this.stepNames(only) : ["[]"];
          }
          case 25 /* AttrSplat */:
          case 26 /* FullSplat */: {
            const names = ["[]"];
            for (let c = tree.firstChild[step]; c !== NONE; c = tree.nextSibling[c]) names.push(...this.stepNames(c) ?? ["[]"]);
            return names;
          }
          default:
            return void 0;
        }
      }
      /** The outermost `expression` nodes at or under `node`, converted, appended to `into`. */
      expressionsIn(node, into) {
        const tree = this.tree;
        if (tree.kind(node) === 7 /* Expression */) {
          into.push(this.expr(node));
          return;
        }
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c]) this.expressionsIn(c, into);
      }
      /** The expressions under the children of `node` (itself excluded). */
      partsOf(node, kinds) {
        const tree = this.tree;
        const parts = [];
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c]) if (!kinds || kinds(tree.kind(c))) this.expressionsIn(c, parts);
        return parts;
      }
      other(whole) {
        return { kind: "other", parts: this.partsOf(whole), span: this.tree.span(whole) };
      }
      quotedString(node) {
        const tree = this.tree;
        const literal = tree.child(node, 9 /* TemplateLiteral */);
        const raw = literal !== NONE ? this.slice(literal) : "";
        const start = tree.start(node);
        const inner = literal !== NONE ? tree.span(literal) : { start: start + 1, end: start + 1 };
        return { kind: "string", value: unescapeQuoted(raw), span: tree.span(node), valueSpan: inner };
      }
      hasDynamicParts(node) {
        const tree = this.tree;
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c]) if (isDynamic(tree.kind(c))) return true;
        return false;
      }
      quotedTemplate(node) {
        if (!this.hasDynamicParts(node)) return this.quotedString(node);
        return { kind: "template", parts: this.partsOf(node, isDynamic), span: this.tree.span(node) };
      }
      heredoc(node) {
        const tree = this.tree;
        if (this.hasDynamicParts(node)) return { kind: "template", parts: this.partsOf(node, isDynamic), span: tree.span(node) };
        let opening = NONE;
        let closing = NONE;
        for (let c = tree.firstChild[node]; c !== NONE; c = tree.nextSibling[c]) {
          if (tree.kind(c) !== 30 /* HeredocIdentifier */) continue;
          if (opening === NONE) opening = c;
          else if (closing === NONE) closing = c;
        }
        const start = tree.child(node, 31 /* HeredocStart */);
        const indented = start !== NONE ? this.slice(start) === "<<-" : false;
        return heredocString(this.text, tree.start(node), tree.end(node), opening !== NONE ? tree.end(opening) : -1, closing !== NONE ? tree.start(closing) : -1, indented);
      }
      object(node) {
        const tree = this.tree;
        const entries2 = [];
        for (let element = tree.firstChild[node]; element !== NONE; element = tree.nextSibling[element]) {
          if (tree.kind(element) !== 21 /* ObjectElem */) continue;
          const keyNode = tree.child(element, 7 /* Expression */);
          if (keyNode === NONE) continue;
          let valueNode = tree.nextSibling[keyNode];
          while (valueNode !== NONE && tree.kind(valueNode) !== 7 /* Expression */) valueNode = tree.nextSibling[valueNode];
          if (valueNode === NONE) continue;
          const key = this.expr(keyNode);
          entries2.push({ key: objectKeyName(key), keySpan: key.span, value: this.expr(valueNode) });
        }
        return { kind: "object", entries: entries2, span: tree.span(node) };
      }
    };
  }
});

// src/terraform/parse-file.ts
async function parseTerraformText(absolutePath, kind, text) {
  if (isJsonSyntax(absolutePath)) {
    const { parseTerraformJson: parseTerraformJson2 } = await Promise.resolve().then(() => (init_json_syntax(), json_syntax_exports));
    return parseTerraformJson2(text, { variablesFile: kind === "variables" });
  }
  return parseNativeHcl(text);
}
async function parseNativeHcl(text) {
  const body = parseHclFast(text);
  if (body) return { body, problems: [] };
  const { parseHcl: parseHcl2 } = await Promise.resolve().then(() => (init_hcl(), hcl_exports));
  return parseHcl2(text);
}
var init_parse_file = __esm({
  "src/terraform/parse-file.ts"() {
    "use strict";
    init_files();
    init_hcl_fast();
  }
});

// src/terraform/model.ts
import { dirname as dirname4 } from "node:path";
function isOverride(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.json$/i, "");
  return name === "override.tf" || name.endsWith("_override.tf");
}
function buildModules(configFiles) {
  const byDir = /* @__PURE__ */ new Map();
  for (const file of configFiles) {
    const dir = dirname4(file.absolutePath);
    const list = byDir.get(dir);
    if (list) list.push(file);
    else byDir.set(dir, [file]);
  }
  return [...byDir].map(([dir, files]) => buildModule(dir, files));
}
function buildModule(dir, files) {
  const module = {
    dir,
    files,
    backend: void 0,
    cloud: void 0,
    encryption: [],
    data: [],
    resources: [],
    ephemerals: [],
    variables: [],
    outputs: [],
    providers: [],
    moduleCalls: [],
    locals: [],
    terraformBlocks: []
  };
  const ordered = [...files].sort((a, b) => Number(isOverride(a.path)) - Number(isOverride(b.path)));
  for (const file of ordered) {
    for (const block of file.body.blocks) {
      const ref = (address) => ({ file, block, address });
      const [first = "", second = ""] = block.labels;
      switch (block.type) {
        case "terraform":
          module.terraformBlocks.push(ref("terraform"));
          for (const backend of blocksOf(block.body, "backend")) {
            module.backend = mergeBackend(module.backend, { file, block: backend, address: `backend.${backend.labels[0] ?? ""}` });
          }
          for (const cloud of blocksOf(block.body, "cloud")) module.cloud = { file, block: cloud, address: "cloud" };
          for (const encryption of blocksOf(block.body, "encryption")) module.encryption.push({ file, block: encryption, address: "encryption" });
          break;
        case "data":
          module.data.push(ref(`data.${first}.${second}`));
          break;
        case "resource":
          module.resources.push(ref(`${first}.${second}`));
          break;
        case "ephemeral":
          module.ephemerals.push(ref(`ephemeral.${first}.${second}`));
          break;
        case "variable":
          module.variables.push(ref(`var.${first}`));
          break;
        case "output":
          module.outputs.push(ref(`output.${first}`));
          break;
        case "provider":
          module.providers.push(ref(`provider.${first}`));
          break;
        case "module":
          module.moduleCalls.push(ref(`module.${first}`));
          break;
        case "locals":
          for (const attribute2 of block.body.attributes) module.locals.push({ file, attribute: attribute2 });
          break;
        default:
          break;
      }
    }
  }
  return module;
}
function mergeBackend(current, next) {
  if (!current || current.block.labels[0] !== next.block.labels[0]) return next;
  const names = new Set(next.block.body.attributes.map((a) => a.name));
  const attributes = [...current.block.body.attributes.filter((a) => !names.has(a.name)), ...next.block.body.attributes];
  return { ...current, block: { ...current.block, body: { ...current.block.body, attributes, blocks: [...current.block.body.blocks, ...next.block.body.blocks] } } };
}
var init_model = __esm({
  "src/terraform/model.ts"() {
    "use strict";
    init_syntax();
  }
});

// src/sources/git/process.ts
import { spawn } from "node:child_process";
function spawnGit(args, options) {
  const child = spawn("git", args, {
    cwd: options.cwd,
    env: { ...options.env ?? process.env, ...NO_NETWORK_ENV },
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => {
    if (stderr.length < STDERR_KEPT) stderr += text;
  });
  child.stdin.on("error", () => {
  });
  const done = new Promise((resolve17, reject) => {
    child.on("error", (error2) => {
      reject(new GitUnavailableError(error2.code === "ENOENT" ? GIT_MISSING_MESSAGE : `cannot run git: ${error2.message}`, error2.code));
    });
    child.on("close", (status, signal) => {
      if (status === 0) resolve17();
      else reject(new GitError(describeFailure(args, stderr, status, signal), stderr, status));
    });
  });
  done.catch(() => {
  });
  return { child, stdout: child.stdout, done, stderr: () => stderr };
}
async function runGit(args, options) {
  const proc = spawnGit(args, options);
  const chunks = [];
  proc.stdout.on("data", (chunk) => chunks.push(chunk));
  if (options.input !== void 0) proc.child.stdin.end(options.input);
  else proc.child.stdin.end();
  try {
    await proc.done;
  } catch (error2) {
    if (error2 instanceof GitError) error2.stdout = Buffer.concat(chunks).toString("utf8");
    throw error2;
  }
  return Buffer.concat(chunks);
}
async function runGitStatus(args, options) {
  try {
    return { stdout: (await runGit(args, options)).toString("utf8"), status: 0 };
  } catch (error2) {
    if (!(error2 instanceof GitError)) throw error2;
    return { stdout: error2.stdout, status: error2.status ?? 128 };
  }
}
async function gitText(args, options) {
  return (await runGit(args, options)).toString("utf8").replace(/\n$/, "");
}
async function tryGitText(args, options) {
  try {
    return await gitText(args, options);
  } catch (error2) {
    if (error2 instanceof GitError) return void 0;
    throw error2;
  }
}
function describeFailure(args, stderr, status, signal) {
  const command = args.find((arg) => !arg.startsWith("-") && !arg.includes("=")) ?? "git";
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l.length > 0);
  const reason = line?.replace(/^(fatal|error): /, "") ?? (signal ? `killed by ${signal}` : `exit status ${status}`);
  return `git ${command} failed: ${reason}`;
}
function forEachRecord(stream, separator, onRecord) {
  return new Promise((resolve17, reject) => {
    let pending;
    stream.on("data", (chunk) => {
      try {
        const data = pending ? Buffer.concat([pending, chunk]) : chunk;
        let start = 0;
        let at = data.indexOf(separator, start);
        while (at !== -1) {
          onRecord(data.toString("utf8", start, at));
          start = at + 1;
          at = data.indexOf(separator, start);
        }
        pending = start < data.length ? data.subarray(start) : void 0;
      } catch (error2) {
        stream.destroy();
        reject(error2);
      }
    });
    stream.on("error", reject);
    stream.on("end", () => {
      try {
        if (pending && pending.length > 0) onRecord(pending.toString("utf8"));
        resolve17();
      } catch (error2) {
        reject(error2);
      }
    });
  });
}
var BULK_READ_CONFIG, NO_NETWORK_ENV, STDERR_KEPT, GitError, GIT_MISSING_MESSAGE, GitUnavailableError;
var init_process = __esm({
  "src/sources/git/process.ts"() {
    "use strict";
    init_errors();
    BULK_READ_CONFIG = ["-c", "core.deltaBaseCacheLimit=48m", "-c", "core.packedGitWindowSize=32m", "-c", "core.packedGitLimit=128m"];
    NO_NETWORK_ENV = { GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0" };
    STDERR_KEPT = 64 * 1024;
    GitError = class extends LeakgateError {
      constructor(message, stderr, status) {
        super(message);
        this.stderr = stderr;
        this.status = status;
      }
      stderr;
      status;
      /** What git printed on stdout before failing (set by `runGit`). */
      stdout = "";
    };
    GIT_MISSING_MESSAGE = "git was not found on PATH (staged and history scans need git installed)";
    GitUnavailableError = class extends LeakgateError {
      constructor(message, code2) {
        super(message);
        this.code = code2;
      }
      code;
    };
  }
});

// src/terraform/state-files.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { basename as basename2, dirname as dirname5, join as join4, relative as relative2, sep as sep2 } from "node:path";
function gitEnvironment() {
  const env = { ...process.env };
  delete env["GIT_DIR"];
  delete env["GIT_WORK_TREE"];
  return env;
}
async function git(args, cwd) {
  try {
    return { status: 0, stdout: (await runGit(args, { cwd, env: gitEnvironment() })).toString("utf8"), stderr: "" };
  } catch (error2) {
    if (error2 instanceof GitError) return { status: error2.status ?? 1, stdout: error2.stdout, stderr: error2.stderr };
    if (error2 instanceof GitUnavailableError) return { status: 1, stdout: "", stderr: "", unavailable: error2.code ?? error2.message };
    throw error2;
  }
}
function listTrackedState(roots) {
  return Promise.all(
    roots.map(async (root) => {
      const dir = root.isDirectory ? root.absolutePath : dirname5(root.absolutePath);
      const spec = root.isDirectory ? PATHSPECS : [basename2(root.absolutePath)];
      const listed = await git(["ls-files", "-z", "--", ...spec], dir);
      const paths = listed.status === 0 ? listed.stdout.split("\0").filter((rel) => rel !== "") : void 0;
      if (paths && paths.length === 0) return { root, paths };
      const repo = await gitTopLevel(dir);
      if (paths) return { root, paths, ...repo };
      return { root, ...repo, ...repo.top ? { failure: firstLine2(listed.stderr) } : {} };
    })
  );
}
function committedState(listings, options) {
  const findings = [];
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  const report = (absolutePath, displayPath2, identity, tracked) => {
    if (seen.has(absolutePath) || options.isExcluded(absolutePath)) return;
    const kind = stateFileKind(absolutePath);
    if (!kind) return;
    const confirmed = kind === "plan-candidate" ? isPlanFile(absolutePath) : kind;
    if (!confirmed) return;
    seen.add(absolutePath);
    findings.push(stateFinding(displayPath2, identity, confirmed === "state" ? "state" : "plan", tracked, options.origin));
  };
  for (const { root, paths, top, error: error2, failure: failure2 } of listings) {
    const dir = root.isDirectory ? root.absolutePath : dirname5(root.absolutePath);
    if (error2) warnings.push(error2);
    if (paths) {
      for (const rel of paths) {
        const absolutePath = join4(dir, rel);
        const display = joinDisplay(root.isDirectory ? root.displayPath : dirnameDisplay(root.displayPath), rel);
        report(absolutePath, display, relative2(top ?? dir, absolutePath).split(sep2).join("/"), true);
      }
      continue;
    }
    if (failure2 !== void 0) warnings.push(`git ls-files failed in ${root.displayPath}: ${failure2}; looking for state files on disk instead`);
    const prefix = root.absolutePath + (root.isDirectory ? sep2 : "");
    for (const file of options.walked) {
      if (file.absolutePath === root.absolutePath || file.absolutePath.startsWith(prefix)) report(file.absolutePath, file.displayPath, file.displayPath, false);
    }
  }
  return { findings, warnings };
}
async function gitTopLevel(dir) {
  const result = await git(["rev-parse", "--show-toplevel"], dir);
  if (result.unavailable !== void 0) return { error: `cannot run git (${result.unavailable}): committed Terraform state is looked for on disk only` };
  if (result.status !== 0) return {};
  return { top: result.stdout.trim() };
}
function stateFinding(displayPath2, identity, kind, tracked, origin) {
  const rule = terraformRule("terraform-committed-state");
  const what = kind === "state" ? "Terraform state file" : "Terraform plan file";
  const message = tracked ? `${what} is committed: it holds every secret the configuration touched, in plain text` : `${what} in the scanned tree: it holds every secret the configuration touched, in plain text`;
  return {
    ruleId: rule.id,
    message,
    severity: rule.severity,
    confidence: "high",
    file: displayPath2,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    secret: basename2(displayPath2),
    fingerprint: fingerprintOf(rule.id, identity),
    origin,
    tags: [...rule.tags],
    details: {
      fix: `${tracked ? "git rm --cached the file and purge it from history, " : "delete or move the file, "}rotate every secret it held, and add *.tfstate, *.tfstate.*, *.tfplan and .terraform/ to .gitignore`,
      kind,
      tracked
    }
  };
}
function isPlanFile(path) {
  let fd;
  try {
    fd = openSync2(path, "r");
    const size = fstatSync2(fd).size;
    const chunk = 65536;
    const head = Buffer.alloc(Math.min(size, chunk));
    readSync2(fd, head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, chunk));
    readSync2(fd, tail, 0, tail.length, Math.max(0, size - tail.length));
    if (head.subarray(0, 4).equals(Buffer.from([80, 75, 3, 4]))) {
      return head.includes("tfplan") || tail.includes("tfplan") ? "plan" : void 0;
    }
    const text = head.toString("utf8") + tail.toString("utf8");
    if (text.includes('"format_version"') && (text.includes('"planned_values"') || text.includes('"resource_changes"'))) return "plan";
    return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function joinDisplay(base, rel) {
  return base === "." || base === "" ? rel : `${base}/${rel}`;
}
function dirnameDisplay(path) {
  const at = path.lastIndexOf("/");
  return at < 0 ? "." : path.slice(0, at);
}
function firstLine2(text) {
  return text.trim().split("\n")[0] ?? "";
}
var PATHSPECS;
var init_state_files = __esm({
  "src/terraform/state-files.ts"() {
    "use strict";
    init_fingerprint();
    init_process();
    init_files();
    init_rules();
    PATHSPECS = ["*.tfstate", "*.tfstate.*", "*tfplan*", "*plan*"];
  }
});

// src/terraform/module-graph.ts
import { resolve as resolve8 } from "node:path";
function localModuleDir(callerDir, source) {
  if (!source.startsWith("./") && !source.startsWith("../")) return void 0;
  return resolve8(callerDir, source).replace(/[\\/]+$/, "");
}
function buildModuleGraph(modules) {
  const byDir = new Map(modules.map((m) => [m.dir, m]));
  const calls = /* @__PURE__ */ new Map();
  const callers = /* @__PURE__ */ new Map();
  for (const caller of modules) {
    for (const call of caller.moduleCalls) {
      const source = attributeOf(call.block.body, "source")?.value;
      if (source?.kind !== "string") continue;
      const target = localModuleDir(caller.dir, source.value);
      const callee = target ? byDir.get(target) : void 0;
      if (!callee || callee === caller) continue;
      const byName = calls.get(caller) ?? /* @__PURE__ */ new Map();
      byName.set(call.block.labels[0] ?? "", callee);
      calls.set(caller, byName);
      const list = callers.get(callee) ?? [];
      list.push({ caller, call, callee });
      callers.set(callee, list);
    }
  }
  return {
    callee: (caller, callName) => calls.get(caller)?.get(callName),
    callersOf: (callee) => callers.get(callee) ?? []
  };
}
var init_module_graph = __esm({
  "src/terraform/module-graph.ts"() {
    "use strict";
    init_syntax();
  }
});

// src/terraform/state.ts
function moduleDisplayDir(module) {
  const path = module.files[0]?.path ?? "";
  const at = path.lastIndexOf("/");
  return at < 0 ? "." : path.slice(0, at);
}
function resolveProtections(modules, options) {
  const resolved = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const resolveOne = (module) => {
    const known = resolved.get(module);
    if (known) return known;
    let protection = classifyState(module, { assumeStateEncryption: options.assumeStateEncryption, backendConfigs: options.backendConfigs.get(module) ?? [] });
    if (!protection) {
      visiting.add(module);
      const inherited = options.graph.callersOf(module).filter(({ caller }) => !visiting.has(caller)).map(({ caller }) => {
        const held = resolveOne(caller);
        return { protection: held, root: held.heldBy?.root ?? moduleDisplayDir(caller), rootReason: held.heldBy?.rootReason ?? held.reason };
      });
      visiting.delete(module);
      if (inherited.length > 0) {
        const worst = inherited.reduce((a, b) => STATE_CLASS_RANK[b.protection.class] > STATE_CLASS_RANK[a.protection.class] ? b : a);
        const throughExample = EXAMPLE_DIR.test(`${worst.root}/`);
        protection = {
          ...worst.protection,
          reason: `its state is kept by the calling ${throughExample ? "example" : "module"} ${worst.root}, where ${worst.rootReason}`,
          heldBy: { root: worst.root, rootReason: worst.rootReason, throughExample }
        };
      } else {
        protection = /(?:^|\/)modules\//.test(module.files[0]?.path ?? "") ? UNSCANNED_CALLER : LOCAL_STATE;
      }
    }
    resolved.set(module, protection);
    return protection;
  };
  for (const module of modules) resolveOne(module);
  return resolved;
}
function classifyState(module, options) {
  if (options.assumeStateEncryption) {
    return { class: "encrypted", backend: "configured", reason: "state encryption is declared in the leakgate config", remedy: "" };
  }
  const encryption = openTofuStateEncryption(module.encryption);
  if (encryption) return { class: "encrypted", backend: "opentofu-encryption", reason: encryption, remedy: "" };
  if (module.cloud) return { class: "encrypted", backend: "cloud", reason: "HCP Terraform encrypts state", remedy: "" };
  if (!module.backend) return void 0;
  return classifyBackend(module.backend, options.backendConfigs);
}
function openTofuStateEncryption(blocks) {
  for (const { block } of blocks) {
    const methods = new Map(blocksOf(block.body, "method").map((m) => [m.labels[1] ?? "", m.labels[0] ?? ""]));
    for (const state of blocksOf(block.body, "state")) {
      const method = attributeOf(state.body, "method");
      if (!method) continue;
      const type = referencedMethodType(method, methods);
      if (type !== "unencrypted") return `OpenTofu encrypts state client-side (method ${type ?? "configured"})`;
    }
  }
  return void 0;
}
function referencedMethodType(method, methods) {
  for (const expr of walkExpr(method.value)) {
    if (expr.kind === "traversal" && expr.root === "method") return expr.path[0] ?? methods.get(expr.path[1] ?? "");
  }
  return void 0;
}
function classifyBackend(ref, backendConfigs) {
  const type = ref.block.labels[0] ?? "";
  const body = ref.block.body;
  const at = `backend "${type}"`;
  switch (type) {
    case "local":
      return { class: "plaintext", backend: type, reason: `${at} keeps state in a plain-text file`, remedy: ENCRYPTED_BACKEND_REMEDY };
    case "remote":
      return { class: "encrypted", backend: type, reason: "HCP Terraform encrypts state", remedy: "" };
    case "s3":
    case "oss":
    case "cos":
      return classifyObjectStore(type, body, backendConfigs);
    case "gcs":
      if (hasAny(body, ["encryption_key", "kms_encryption_key"])) return { class: "encrypted", backend: type, reason: "gcs with a customer-managed key", remedy: "" };
      return {
        class: "provider-default",
        backend: type,
        reason: `${at} is encrypted at rest with Google-managed keys only: anyone who can read the bucket reads the secret`,
        remedy: "set kms_encryption_key on the gcs backend, or better, keep the secret out of state"
      };
    case "azurerm":
      return {
        class: "provider-default",
        backend: type,
        reason: `${at} is encrypted at rest with Microsoft-managed keys only: anyone who can read the container reads the secret`,
        remedy: "restrict access to the state container, or better, keep the secret out of state"
      };
    case "oci":
      if (hasAny(body, ["kms_key_id", "sse_customer_key"])) return { class: "encrypted", backend: type, reason: "oci with a customer key", remedy: "" };
      return { class: "unknown", backend: type, reason: `${at} without kms_key_id: encryption of the state is not requested`, remedy: "set kms_key_id on the oci backend" };
    case "consul":
    case "pg":
    case "http":
    case "kubernetes":
      return {
        class: "unknown",
        backend: type,
        reason: `${at} is self-managed: whether the state is encrypted depends on the server${plaintextTransport(type, body)}`,
        remedy: ENCRYPTED_BACKEND_REMEDY
      };
    default:
      return { class: "unknown", backend: type, reason: `${at}: leakgate cannot tell whether it encrypts state`, remedy: ENCRYPTED_BACKEND_REMEDY };
  }
}
function classifyObjectStore(type, body, backendConfigs) {
  const at = `backend "${type}"`;
  const encryptionKeys = type === "s3" ? ["kms_key_id", "sse_customer_key"] : [];
  const judge = (bodies, where) => {
    const attributes = (name) => bodies.map((b) => attributeOf(b, name)).filter((a) => a !== void 0);
    const encrypted = attributes("encrypt").some((a) => isTrue(a.value)) || encryptionKeys.some((key) => attributes(key).length > 0);
    if (encrypted) return { class: "encrypted", backend: type, reason: `${at} requests encryption${where}`, remedy: "" };
    if (type === "s3" && bodies.some(hasCustomEndpoint)) {
      return {
        class: "unknown",
        backend: type,
        reason: `${at} points at a custom endpoint${where}: an S3-compatible store gives no default encryption`,
        remedy: "set encrypt = true (and a KMS key where the store supports one), or use OpenTofu state encryption"
      };
    }
    return {
      class: "not-requested",
      backend: type,
      reason: `${at} does not request encryption (no encrypt = true${type === "s3" ? " or kms_key_id" : ""})${where}; a bucket's default server-side encryption does not restrict who can read the state`,
      remedy: type === "s3" ? "set encrypt = true and kms_key_id on the s3 backend" : `set encrypt = true on the ${type} backend`
    };
  };
  const partial2 = !attributeOf(body, "bucket");
  if (backendConfigs.length === 0) {
    if (partial2 && !attributeOf(body, "encrypt")) {
      return {
        class: "unknown",
        backend: type,
        reason: `${at} is a partial configuration and no *.tfbackend file with its settings was found beside it`,
        remedy: `commit the -backend-config settings as a *.tfbackend file with encrypt = true${type === "s3" ? " and kms_key_id" : ""}`
      };
    }
    return judge([body], "");
  }
  let worst;
  for (const config2 of backendConfigs) {
    const verdict = judge([body, config2.body], ` with ${config2.path}`);
    if (!worst || STATE_CLASS_RANK[verdict.class] > STATE_CLASS_RANK[worst.class]) worst = verdict;
  }
  return worst;
}
function hasAny(body, names) {
  return names.some((name) => attributeOf(body, name) !== void 0);
}
function hasCustomEndpoint(body) {
  if (attributeOf(body, "endpoint")) return true;
  const endpoints = attributeOf(body, "endpoints");
  if (endpoints?.value.kind === "object" && endpoints.value.entries.some((e) => e.key === "s3")) return true;
  return blocksOf(body, "endpoints").some((block) => attributeOf(block.body, "s3") !== void 0);
}
function plaintextTransport(type, body) {
  const value = (name) => {
    const attribute2 = attributeOf(body, name);
    return attribute2?.value.kind === "string" ? attribute2.value.value : void 0;
  };
  if (type === "http" && value("address")?.startsWith("http://")) return ", and it is reached over plain http://";
  if (type === "consul" && value("scheme") === "http") return ", and it is reached over plain http";
  if (type === "pg" && /sslmode=disable/.test(value("conn_str") ?? "")) return ", and sslmode=disable sends it unencrypted";
  if (type === "http" && isTrue(attributeOf(body, "skip_cert_verification")?.value) || type === "kubernetes" && isTrue(attributeOf(body, "insecure")?.value)) {
    return ", and TLS verification is off";
  }
  return "";
}
var STATE_CLASS_RANK, ENCRYPTED_BACKEND_REMEDY, EXAMPLE_DIR, LOCAL_STATE, UNSCANNED_CALLER;
var init_state = __esm({
  "src/terraform/state.ts"() {
    "use strict";
    init_syntax();
    STATE_CLASS_RANK = { plaintext: 4, "not-requested": 3, unknown: 2, "provider-default": 1, encrypted: 0 };
    ENCRYPTED_BACKEND_REMEDY = "keep state in a backend that encrypts it with a key you control (s3 with encrypt = true and kms_key_id, gcs with kms_encryption_key, HCP Terraform), or use OpenTofu state encryption";
    EXAMPLE_DIR = /(?:^|\/)(?:examples?|tests?|test-fixtures|fixtures|samples?|demos?)\//;
    LOCAL_STATE = {
      class: "plaintext",
      backend: "local",
      reason: "no backend is configured, so state is a plain-text terraform.tfstate next to the code",
      remedy: ENCRYPTED_BACKEND_REMEDY
    };
    UNSCANNED_CALLER = {
      class: "unknown",
      backend: "caller",
      reason: "this looks like a child module: its state lives in its callers' backend, which was not scanned",
      remedy: ENCRYPTED_BACKEND_REMEDY
    };
  }
});

// src/terraform/analyze.ts
import { dirname as dirname6 } from "node:path";
function askGitForTrackedState(roots, disabledRules) {
  return roots && !disabledRules.has("terraform-committed-state") ? listTrackedState(roots) : void 0;
}
async function analyzeTerraform(input, options = {}) {
  const settings = options.settings ?? DEFAULT_TERRAFORM_SETTINGS;
  const disabled = options.disabledRules ?? /* @__PURE__ */ new Set();
  const trackedState = input.trackedState ?? askGitForTrackedState(input.roots, disabled);
  const warnings = [];
  const parsed = [];
  for (const walked of input.files) {
    let file;
    try {
      file = await readTerraformFile(walked, options.maxFileSize ?? Number.POSITIVE_INFINITY);
    } catch (error2) {
      const reason = error2 instanceof RangeError ? "nested too deeply to parse" : error2.message;
      warnings.push(`${walked.displayPath}: not analysed as Terraform: ${reason}`);
      continue;
    }
    if (!file) continue;
    parsed.push(file);
    const problem = describeProblems(file);
    if (problem) warnings.push(problem);
  }
  const modules = buildModules(parsed.filter((f) => f.kind === "config"));
  const byDir = new Map(modules.map((m) => [m.dir, m]));
  const backendConfigs = groupBackendConfigs(parsed.filter((f) => f.kind === "backend-config"), byDir);
  const graph = buildModuleGraph(modules);
  const protections = resolveProtections(modules, { assumeStateEncryption: settings.assumeStateEncryption, backendConfigs, graph });
  const verdicts = [];
  const hygiene = /* @__PURE__ */ new Map();
  const references = secretReferencesOf(modules, graph);
  const judged = [];
  const judge = new LiteralJudge();
  for (const module of modules) {
    verdicts.push(...stateExposure(module, protections.get(module)));
    const checks = new HygieneChecks(module, references.get(module), judged, judge);
    hygiene.set(module, checks);
    verdicts.push(...checks.run());
  }
  for (const file of parsed.filter((f) => f.kind === "variables")) {
    const owner = nearestModule(dirname6(file.absolutePath), byDir);
    const checks = owner ? hygiene.get(owner) : void 0;
    verdicts.push(...variableFileSecrets(file, (name) => checks?.isSecretVariable(name) ?? false, judged, judge));
  }
  for (const file of parsed.filter((f) => f.kind === "backend-config")) verdicts.push(...backendConfigSecrets(file, judge));
  const minRank = CONFIDENCE_RANK2[options.minConfidence ?? "medium"];
  const findingOptions = {
    redact: options.redact ?? true,
    origin: options.origin ?? "worktree",
    ...options.secretShapedSpans ? { secretShapedSpans: options.secretShapedSpans } : {}
  };
  const findings = [];
  for (const verdict of verdicts) {
    if (disabled.has(verdict.rule) || CONFIDENCE_RANK2[verdict.confidence] < minRank) continue;
    if (verdict.severity === "info" && !settings.showInfo) continue;
    const finding = toFinding(verdict, findingOptions);
    if (finding) findings.push(finding);
  }
  if (trackedState) {
    const committed = committedState(await trackedState, {
      isExcluded: options.isExcluded ?? (() => false),
      origin: findingOptions.origin,
      walked: input.stateFiles
    });
    findings.push(...committed.findings);
    warnings.push(...committed.warnings);
  }
  const judgedLiterals = judged.map(({ file, span: span2 }) => {
    const from = file.lines.position(span2.start);
    const to = file.lines.position(span2.end);
    return { file: file.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
  return { findings, warnings, judgedLiterals };
}
async function readTerraformFile(walked, maxFileSize) {
  const kind = terraformFileKind(walked.absolutePath);
  if (!kind) return void 0;
  const read2 = readTextFile(walked.absolutePath, maxFileSize);
  if ("skip" in read2) return void 0;
  const text = read2.text;
  const syntax = await parseTerraformText(walked.absolutePath, kind, text);
  return {
    absolutePath: walked.absolutePath,
    path: walked.displayPath,
    kind,
    text,
    lines: new LineIndex(text),
    mentionsInlineAllow: text.includes(INLINE_ALLOW),
    body: syntax.body,
    problems: syntax.problems
  };
}
function describeProblems(file) {
  const [first, ...rest] = [...file.problems].sort((a, b) => a.span.start - b.span.start);
  if (!first) return void 0;
  const at = file.lines.position(first.span.start);
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
  return `${file.path}:${at.line}:${at.column}: Terraform syntax error: ${first.message}${more}; analysed what could be parsed`;
}
function groupBackendConfigs(files, byDir) {
  const grouped = /* @__PURE__ */ new Map();
  for (const file of files) {
    let dir = dirname6(file.absolutePath);
    for (; ; ) {
      const module = byDir.get(dir);
      if (module?.backend) {
        const list = grouped.get(module);
        if (list) list.push(file);
        else grouped.set(module, [file]);
        break;
      }
      const parent = dirname6(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return grouped;
}
function nearestModule(dir, byDir) {
  let current = dir;
  for (; ; ) {
    const module = byDir.get(current);
    if (module) return module;
    const parent = dirname6(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
var DEFAULT_TERRAFORM_SETTINGS, CONFIDENCE_RANK2;
var init_analyze = __esm({
  "src/terraform/analyze.ts"() {
    "use strict";
    init_inline_allow();
    init_lines();
    init_read();
    init_exposure();
    init_files();
    init_finding();
    init_hygiene();
    init_parse_file();
    init_model();
    init_state_files();
    init_module_graph();
    init_references();
    init_state();
    DEFAULT_TERRAFORM_SETTINGS = { assumeStateEncryption: false, showInfo: false };
    CONFIDENCE_RANK2 = { low: 1, medium: 2, high: 3 };
  }
});

// src/terraform/merge.ts
function mergeTerraformFindings(allEngine, terraform, options) {
  const engine = withoutJudgedGenerics(allEngine, terraform, options);
  const spanFindings = terraform.filter(coversSecret);
  if (spanFindings.length === 0) return [...engine, ...terraform];
  const byFile = groupByFile(spanFindings);
  const droppedTerraform = /* @__PURE__ */ new Set();
  const kept = [];
  for (const finding of engine) {
    const twin = byFile.get(finding.file)?.find((candidate) => overlaps(candidate, finding));
    if (!twin) {
      kept.push(finding);
      continue;
    }
    if (options.genericRuleIds.has(finding.ruleId)) continue;
    droppedTerraform.add(twin);
    kept.push(twin.details ? { ...finding, details: { ...twin.details, ...finding.details, terraformRuleId: twin.ruleId } } : finding);
  }
  for (const finding of terraform) if (!droppedTerraform.has(finding)) kept.push(finding);
  return kept;
}
function withoutJudgedGenerics(engine, terraform, options) {
  const judged = options.judgedLiterals ?? [];
  if (judged.length === 0) return engine;
  const byFile = groupByFile(judged);
  const reported = groupByFile(terraform.filter(coversSecret));
  return engine.filter((finding) => {
    if (!options.genericRuleIds.has(finding.ruleId)) return true;
    const literal = byFile.get(finding.file)?.find((span2) => overlaps(span2, finding));
    return !literal || (reported.get(finding.file)?.some((twin) => overlaps(twin, finding)) ?? false);
  });
}
function groupByFile(spans) {
  const byFile = /* @__PURE__ */ new Map();
  for (const span2 of spans) {
    const list = byFile.get(span2.file);
    if (list) list.push(span2);
    else byFile.set(span2.file, [span2]);
  }
  return byFile;
}
function coversSecret(finding) {
  return SECRET_RULES.has(finding.ruleId);
}
function overlaps(a, b) {
  const before = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 <= c2;
  return !(before(a.endLine, a.endColumn, b.line, b.column) || before(b.endLine, b.endColumn, a.line, a.column));
}
var SECRET_RULES;
var init_merge = __esm({
  "src/terraform/merge.ts"() {
    "use strict";
    init_rules();
    SECRET_RULES = new Set(TERRAFORM_RULES.filter((rule) => rule.locates === "secret").map((rule) => rule.id));
  }
});

// src/sources/archive/entry.ts
var ArchiveFormatError;
var init_entry = __esm({
  "src/sources/archive/entry.ts"() {
    "use strict";
    ArchiveFormatError = class extends Error {
    };
  }
});

// src/sources/archive/tar.ts
function* tarEntries(bytes, maxEntryBytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let longName;
  let paxPath;
  while (offset + BLOCK <= buffer.length) {
    const header2 = buffer.subarray(offset, offset + BLOCK);
    if (isZeroBlock(header2)) return;
    if (!checksumMatches(header2)) throw new ArchiveFormatError(`not a tar archive (bad header checksum at byte ${offset})`);
    const size = readSize(header2);
    const type = String.fromCharCode(header2[156]);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > buffer.length) throw new ArchiveFormatError("truncated tar archive");
    const data = buffer.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "L") {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === "x") {
      paxPath = paxRecord(data, "path");
      continue;
    }
    if (type === "g") continue;
    const name = paxPath ?? longName ?? headerName(header2);
    longName = void 0;
    paxPath = void 0;
    if (type !== "0" && type !== "\0" && type !== "7") continue;
    yield size > maxEntryBytes() ? { name, skip: `${size} bytes`, tooLarge: true } : { name, data };
  }
}
function isZeroBlock(block) {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}
function checksumMatches(header2) {
  const stored = parseInt(cString(header2, 148, 8).trim() || "x", 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header2[i];
  return stored === sum;
}
function readSize(header2) {
  if (header2[124] & 128) {
    let size2 = 0;
    for (let i = 125; i < 136; i++) size2 = size2 * 256 + header2[i];
    return size2;
  }
  const size = parseInt(cString(header2, 124, 12).trim() || "0", 8);
  if (!Number.isFinite(size) || size < 0) throw new ArchiveFormatError("bad tar entry size");
  return size;
}
function headerName(header2) {
  const name = cString(header2, 0, 100);
  const isUstar = header2.toString("latin1", 257, 262) === "ustar";
  const prefix = isUstar ? cString(header2, 345, 155) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function cString(buffer, start, length) {
  const end = buffer.indexOf(0, start);
  return buffer.toString("utf8", start, end === -1 || end > start + length ? start + length : end);
}
function paxRecord(data, key) {
  let offset = 0;
  let value;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space === -1) break;
    const length = Number(data.toString("latin1", offset, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.toString("utf8", space + 1, offset + length - 1);
    const equals = record.indexOf("=");
    if (record.slice(0, equals) === key) value = record.slice(equals + 1);
    offset += length;
  }
  return value;
}
var BLOCK;
var init_tar = __esm({
  "src/sources/archive/tar.ts"() {
    "use strict";
    init_entry();
    BLOCK = 512;
  }
});

// src/sources/archive/zip.ts
import { inflateRawSync } from "node:zlib";
function* zipEntries(bytes, maxEntryBytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(buffer);
  const count2 = buffer.readUInt16LE(end + 10);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  if (count2 === 65535 || directoryOffset === 4294967295) throw new ArchiveFormatError("ZIP64 archives are not supported");
  let offset = directoryOffset;
  for (let i = 0; i < count2; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_HEADER) throw new ArchiveFormatError("damaged zip central directory");
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString(flags & 2048 ? "utf8" : "latin1", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (flags & 1) {
      yield { name, skip: "encrypted" };
      continue;
    }
    const limit = maxEntryBytes();
    if (size > limit) {
      yield { name, skip: `${size} bytes`, tooLarge: true };
      continue;
    }
    const data = localData(buffer, localOffset, compressedSize);
    if (method === 0) yield { name, data };
    else if (method === 8) yield inflate(name, data, limit);
    else yield { name, skip: `compression method ${method} is not supported` };
  }
}
function inflate(name, data, limit) {
  try {
    return { name, data: inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }) };
  } catch (error2) {
    const code2 = error2.code;
    if (code2 === "ERR_BUFFER_TOO_LARGE") return { name, skip: "inflates past the size limit", tooLarge: true };
    return { name, skip: `damaged entry (${code2 ?? error2.message})` };
  }
}
function findEndRecord(buffer) {
  const lowest = Math.max(0, buffer.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = buffer.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === END_RECORD) return at;
  }
  throw new ArchiveFormatError("not a zip archive (no end of central directory)");
}
function localData(buffer, localOffset, compressedSize) {
  if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new ArchiveFormatError("damaged zip entry header");
  const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
  if (start + compressedSize > buffer.length) throw new ArchiveFormatError("truncated zip archive");
  return buffer.subarray(start, start + compressedSize);
}
var END_RECORD, CENTRAL_HEADER, LOCAL_HEADER, END_RECORD_SIZE, MAX_COMMENT;
var init_zip = __esm({
  "src/sources/archive/zip.ts"() {
    "use strict";
    init_entry();
    END_RECORD = 101010256;
    CENTRAL_HEADER = 33639248;
    LOCAL_HEADER = 67324752;
    END_RECORD_SIZE = 22;
    MAX_COMMENT = 65535;
  }
});

// src/sources/archive/archive.ts
import { gunzipSync } from "node:zlib";
function archiveKind(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".zip") || lower.endsWith(".jar")) return "zip";
  if (lower.endsWith(".tar")) return "tar";
  if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) return "tar.gz";
  if (lower.endsWith(".gz")) return "gz";
  return void 0;
}
function* archiveItems(bytes, name, limits) {
  const kind = archiveKind(name);
  if (!kind || limits.maxDepth < 1) return;
  const budget = { bytes: limits.maxTotalBytes, entries: limits.maxEntries, exhausted: false };
  yield* open(bytes, kind, name, "", 1, limits, budget);
}
function* open(bytes, kind, name, prefix, depth, limits, budget) {
  const self = prefix.replace(/!$/, "");
  try {
    for (const entry of entries(bytes, kind, name, limits, budget)) {
      if (budget.exhausted) break;
      if (--budget.entries < 0) {
        budget.exhausted = true;
        yield { path: "", skip: { reason: "too-large", detail: `holds more than ${limits.maxEntries} entries; the rest is not scanned` } };
        return;
      }
      const path = prefix + entry.name;
      if ("skip" in entry) {
        const overBudget = entry.tooLarge && budget.bytes < limits.maxEntryBytes;
        const detail = overBudget ? `${entry.skip}: past the ${limits.maxTotalBytes} bytes one archive may expand to` : entry.skip;
        yield { path, skip: { reason: entry.tooLarge ? "too-large" : "unreadable", detail } };
        continue;
      }
      budget.bytes -= entry.data.length;
      const inner = archiveKind(entry.name);
      if (!inner) {
        yield { path, data: entry.data };
      } else if (depth < limits.maxDepth) {
        yield* open(entry.data, inner, entry.name, `${path}!`, depth + 1, limits, budget);
      } else {
        yield { path, skip: { reason: "too-large", detail: `an archive nested deeper than --max-archive-depth ${limits.maxDepth}` } };
      }
    }
  } catch (error2) {
    if (!(error2 instanceof ArchiveFormatError)) throw error2;
    yield { path: self, skip: { reason: "unreadable", detail: error2.message } };
  }
}
function entryLimit(limits, budget) {
  return Math.max(0, Math.min(limits.maxEntryBytes, budget.bytes));
}
function* entries(bytes, kind, name, limits, budget) {
  const limit = () => entryLimit(limits, budget);
  if (kind === "zip") {
    yield* zipEntries(bytes, limit);
    return;
  }
  if (kind === "tar") {
    yield* tarEntries(bytes, limit);
    return;
  }
  const unzipped = gunzip(bytes, kind === "tar.gz" ? Math.max(0, budget.bytes) : limit());
  if ("skip" in unzipped) {
    yield { name: innerName(name), ...unzipped };
    return;
  }
  if (kind === "tar.gz") yield* tarEntries(unzipped.data, limit);
  else yield { name: innerName(name), data: unzipped.data };
}
function gunzip(bytes, limit) {
  try {
    return { data: gunzipSync(bytes, { maxOutputLength: Math.max(1, limit) }) };
  } catch (error2) {
    const code2 = error2.code;
    if (code2 === "ERR_BUFFER_TOO_LARGE") return { skip: "decompresses past the size limit", tooLarge: true };
    throw new ArchiveFormatError(`not a gzip file (${code2 ?? error2.message})`);
  }
}
function innerName(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  return base.replace(/\.gz$/i, "") || base;
}
var DEFAULT_ARCHIVE_DEPTH, DEFAULT_ARCHIVE_TOTAL_BYTES, DEFAULT_ARCHIVE_ENTRIES;
var init_archive = __esm({
  "src/sources/archive/archive.ts"() {
    "use strict";
    init_entry();
    init_tar();
    init_zip();
    DEFAULT_ARCHIVE_DEPTH = 3;
    DEFAULT_ARCHIVE_TOTAL_BYTES = 256 * 1024 * 1024;
    DEFAULT_ARCHIVE_ENTRIES = 1e4;
  }
});

// src/sources/archive/texts.ts
function archiveOptions(maxDepth = DEFAULT_ARCHIVE_DEPTH) {
  return { maxDepth, maxTotalBytes: DEFAULT_ARCHIVE_TOTAL_BYTES, maxEntries: DEFAULT_ARCHIVE_ENTRIES };
}
function opensAsArchive(name, options) {
  return options !== void 0 && options.maxDepth > 0 && archiveKind(name) !== void 0;
}
function* archiveTexts(bytes, displayPath2, rulePath, options, maxFileSize) {
  for (const item of archiveItems(bytes, displayPath2, { ...options, maxEntryBytes: maxFileSize })) {
    const file = item.path ? `${displayPath2}!${item.path}` : displayPath2;
    if ("skip" in item) {
      yield { skip: { file, ...item.skip } };
      continue;
    }
    const decoded = decodeBytes(item.data);
    if (!decoded) continue;
    yield { file, rulePath: `${rulePath}/${item.path.replaceAll("!", "/")}`, text: decoded.text, bytes: item.data.length };
  }
}
function archiveEntryOf(file, path) {
  return file.startsWith(`${path}!`) ? file.slice(path.length) : "";
}
var init_texts = __esm({
  "src/sources/archive/texts.ts"() {
    "use strict";
    init_decode();
    init_archive();
  }
});

// src/sources/file-scanner.ts
import { createHash as createHash4 } from "node:crypto";
function contentHash(text) {
  return createHash4("sha1").update(text).digest("base64");
}
function scanFileBatch(engine, tasks, options) {
  const result = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const task of tasks) {
    const path = task.pathBytes ? Buffer.from(task.pathBytes.buffer, task.pathBytes.byteOffset, task.pathBytes.byteLength) : task.absolutePath;
    if (opensAsArchive(task.displayPath, options.archives)) {
      scanArchive(engine, path, task, options, options.archives, result);
      continue;
    }
    let hash;
    let unchanged = false;
    const read2 = readTextInChunks(
      path,
      options.maxFileSize,
      (chunk) => {
        if (options.record && chunk.lineOffset === 0 && chunk.ownedLines[1] === Number.MAX_SAFE_INTEGER) {
          hash = contentHash(chunk.text);
          unchanged = hash === task.knownHash;
          if (unchanged) return;
        }
        for (const finding of scanChunk(engine, chunk, task, options)) result.findings.push(finding);
      },
      options.chunking ?? DEFAULT_CHUNKING
    );
    if ("skip" in read2) {
      result.skipped.push({ file: task.displayPath, ...read2.skip });
      continue;
    }
    result.files += 1;
    result.bytes += read2.bytes;
    if (hash !== void 0) {
      (result.records ??= []).push({ absolutePath: task.absolutePath, displayPath: task.displayPath, bytes: read2.bytes, mtimeMs: read2.mtimeMs, hash, unchanged });
    }
  }
  return result;
}
function scanArchive(engine, path, task, options, archives, result) {
  const read2 = readFileBytes(path, options.maxFileSize);
  if ("skip" in read2) {
    result.skipped.push({ file: task.displayPath, ...read2.skip });
    return;
  }
  result.files += 1;
  for (const entry of archiveTexts(read2.bytes, task.displayPath, task.rulePath ?? task.displayPath, archives, options.maxFileSize)) {
    if ("skip" in entry) {
      result.skipped.push(entry.skip);
      continue;
    }
    result.bytes += entry.bytes;
    const entryTask = { absolutePath: task.absolutePath, displayPath: entry.file, rulePath: entry.rulePath };
    for (const finding of scanChunk(engine, { text: entry.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] }, entryTask, options)) result.findings.push(finding);
  }
}
function scanChunk(engine, chunk, task, options) {
  const findings = engine.scanText(chunk.text, {
    path: task.rulePath ?? task.displayPath,
    origin: options.origin,
    redact: options.redact,
    minConfidence: options.minConfidence
  });
  const [from, to] = chunk.ownedLines;
  const kept = [];
  for (const finding of findings) {
    if (finding.line < from || finding.line >= to) continue;
    finding.file = task.displayPath;
    finding.line += chunk.lineOffset;
    finding.endLine += chunk.lineOffset;
    kept.push(finding);
  }
  return kept;
}
var init_file_scanner = __esm({
  "src/sources/file-scanner.ts"() {
    "use strict";
    init_texts();
    init_read();
  }
});

// src/sources/worker-pool.ts
import { existsSync as existsSync6 } from "node:fs";
import { fileURLToPath as fileURLToPath4 } from "node:url";
import { parentPort, Worker as Worker2 } from "node:worker_threads";
function workerScriptExists(url) {
  return url.protocol === "file:" && fileURLToPath4(url).endsWith(".js") && existsSync6(fileURLToPath4(url));
}
var WorkerPool;
var init_worker_pool = __esm({
  "src/sources/worker-pool.ts"() {
    "use strict";
    init_errors();
    WorkerPool = class {
      constructor(script, workerData, threads, onResult, resourceLimits) {
        this.onResult = onResult;
        this.inFlight = new Array(threads).fill(0);
        this.workers = Array.from({ length: threads }, (_, index) => {
          const worker = new Worker2(script, { workerData, ...resourceLimits ? { resourceLimits } : {} });
          worker.on("message", (message) => {
            this.inFlight[index] -= 1;
            const caller = this.callers.get(message.id);
            this.callers.delete(message.id);
            if (message.result !== void 0) {
              if (caller) caller.resolve(message.result);
              else {
                this.results[message.id] = message.result;
                this.onResult?.(message.result);
              }
            } else {
              this.failure ??= message.userError !== void 0 ? new LeakgateError(message.userError) : new Error(`worker failed: ${message.error}`);
              caller?.reject(this.failure);
            }
            this.received += 1;
            this.checkDone();
          });
          worker.on("error", (error2) => {
            this.failure ??= error2;
            for (const caller of this.callers.values()) caller.reject(error2);
            this.callers.clear();
            this.received = this.submitted;
            this.checkDone();
          });
          return worker;
        });
      }
      onResult;
      workers;
      inFlight;
      results = [];
      submitted = 0;
      received = 0;
      failure;
      settle;
      waiters = [];
      /** Requests sent with `request`: answered to their caller instead of `onResult`. */
      callers = /* @__PURE__ */ new Map();
      /** Sends a request whose result comes back to this caller (not to `onResult`, not in `finish`). */
      request(request) {
        if (this.failure) return Promise.reject(this.failure);
        return new Promise((resolve17, reject) => {
          this.callers.set(this.submitted, { resolve: resolve17, reject });
          this.submit(request);
        });
      }
      submit(request) {
        let target = 0;
        for (let i = 1; i < this.inFlight.length; i++) if (this.inFlight[i] < this.inFlight[target]) target = i;
        this.inFlight[target] += 1;
        const message = { id: this.submitted, request };
        this.workers[target].postMessage(message);
        this.submitted += 1;
      }
      /** Unanswered requests (for producers that want to stay only a little ahead of the workers). */
      get pending() {
        return this.submitted - this.received;
      }
      /** Resolves once fewer than `limit` requests are unanswered (or a worker failed). */
      whenPendingBelow(limit) {
        if (this.pending < limit || this.failure) return Promise.resolve();
        return new Promise((resolve17) => this.waiters.push({ limit, resolve: resolve17 }));
      }
      /** Resolves with every result, in submission order, once all have come back; stops the workers. */
      async finish() {
        await new Promise((resolve17) => {
          this.settle = resolve17;
          this.checkDone();
        });
        await Promise.all(this.workers.map((worker) => worker.terminate()));
        if (this.failure) throw this.failure;
        return this.results;
      }
      /** Stops the workers without waiting for answers (after an error elsewhere). */
      async abort() {
        await Promise.all(this.workers.map((worker) => worker.terminate()));
      }
      checkDone() {
        for (let i = this.waiters.length - 1; i >= 0; i--) {
          const waiter = this.waiters[i];
          if (this.pending < waiter.limit || this.failure) {
            this.waiters.splice(i, 1);
            waiter.resolve();
          }
        }
        if (this.settle && this.received >= this.submitted) this.settle();
      }
    };
  }
});

// src/sources/file-pool.ts
function workersAvailable() {
  return workerScriptExists(WORKER_URL);
}
var WORKER_URL, FilePool;
var init_file_pool = __esm({
  "src/sources/file-pool.ts"() {
    "use strict";
    init_worker_pool();
    WORKER_URL = new URL("./scan-worker.js", import.meta.url);
    FilePool = class extends WorkerPool {
      constructor(setup, threads, onResult) {
        super(WORKER_URL, setup, threads, onResult);
      }
    };
  }
});

// src/sources/file-names.ts
function isValidUtf8Name(bytes) {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function escapeFileName(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]);
    if (length > 0 && i + length <= bytes.length) {
      const sequence = bytes.subarray(i, i + length);
      if (isValidUtf8Name(sequence)) {
        out += strict.decode(sequence);
        i += length;
        continue;
      }
    }
    out += `\\x${bytes[i].toString(16).padStart(2, "0")}`;
    i += 1;
  }
  return out;
}
function sequenceLength(lead) {
  if (lead < 128) return 1;
  if (lead >= 194 && lead <= 223) return 2;
  if (lead >= 224 && lead <= 239) return 3;
  if (lead >= 240 && lead <= 244) return 4;
  return 0;
}
var strict;
var init_file_names = __esm({
  "src/sources/file-names.ts"() {
    "use strict";
    strict = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/sources/walk.ts
import { existsSync as existsSync7, lstatSync as lstatSync2, readdirSync as readdirSync2, readFileSync as readFileSync7, realpathSync, statSync as statSync4 } from "node:fs";
import { basename as basename3, dirname as dirname7, join as join5, relative as relative3, resolve as resolve9, sep as sep3 } from "node:path";
function walk(paths, options = {}) {
  const skipped = [];
  const warnings = [];
  const warn = (message) => warnings.push(message);
  const cwd = resolve9(options.cwd ?? process.cwd());
  const useGitignore = options.gitignore ?? true;
  const insideMatcher = new PathMatcher(options.exclude?.patterns ?? []);
  const outsideMatcher = new PathMatcher(options.exclude?.outside ?? []);
  const excludeBase = options.exclude?.baseDir ?? cwd;
  const roots = paths.map((given) => {
    const absolute = resolve9(cwd, given);
    if (!existsSync7(absolute)) throw new LeakgateError(`path not found: ${given}`);
    return { given, absolute, isDir: statSync4(absolute).isDirectory() };
  });
  const rootReals = options.followSymlinks && !options.followExternalSymlinks ? roots.map((r) => ({ real: safeRealpath(r.absolute), isDir: r.isDir })) : void 0;
  const insideRoots = (real) => rootReals.some((r) => real === r.real || r.isDir && real.startsWith(r.real.endsWith(sep3) ? r.real : r.real + sep3));
  const reachesFilesTwice = Boolean(options.followSymlinks) || roots.some((a, i) => roots.some((b, j) => i !== j && b.isDir && isWithin(b.absolute, a.absolute)));
  function* files() {
    const seenFiles = /* @__PURE__ */ new Set();
    for (const { given, absolute: root, isDir } of roots) {
      const repoRoot = repositoryRoot(isDir ? root : dirname7(root));
      const rootRule = repoRoot ? toPosix(relative3(repoRoot, root)) : isDir ? "" : basename3(root);
      const inside = isWithin(excludeBase, root);
      const rootFromBase = inside ? pathFromBase(excludeBase, root) : rootRule;
      const excludeMatcher = inside ? insideMatcher : outsideMatcher;
      if (rootFromBase !== "" && excludeMatcher.matches(isDir ? `${rootFromBase}/` : rootFromBase)) {
        warnings.push(`${given} is excluded by the config (exclude); nothing was scanned there`);
        continue;
      }
      const rootDisplay = displayPath(root, cwd);
      if (!isDir) {
        if (!seenFiles.has(root)) {
          seenFiles.add(root);
          yield { absolutePath: root, displayPath: rootDisplay, rulePath: rootRule };
        }
        continue;
      }
      let scopes = useGitignore ? [...builtinIgnores(root), ...ancestorScopes(root, repoRoot, warn)] : [];
      if (scopes.some((scope) => scope.matcher.matches(`${scope.prepend}`))) scopes = [];
      const context = {
        displayPrefix: rootDisplay === "." ? "" : `${rootDisplay}/`,
        excludeMatcher,
        rulePrefix: rootRule === "" ? "" : `${rootRule}/`,
        excludePrefix: rootFromBase === "" ? "" : `${rootFromBase}/`,
        excludeStrip: 0,
        seenFiles: reachesFilesTwice ? seenFiles : void 0,
        visitedDirs: options.followSymlinks ? /* @__PURE__ */ new Set([safeRealpath(root)]) : void 0
      };
      yield* walkDir(enter(context, root, "", scopes));
    }
  }
  function enter(context, dir, fromRoot, parentScopes) {
    let listed;
    try {
      listed = listFolder(dir);
    } catch (error2) {
      const code2 = error2.code ?? "error";
      skipped.push({ file: context.displayPrefix + fromRoot || ".", reason: "unreadable", detail: code2 });
      return void 0;
    }
    let scopes = parentScopes;
    if (useGitignore && listed.some(({ name, entry }) => name === ".gitignore" && !entry.isDirectory())) {
      const matcher = readMatcher(joinPath(dir, void 0, ".gitignore"), warn);
      if (matcher) scopes = [...parentScopes, { prepend: "", strip: fromRoot.length, matcher }];
    }
    listed.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return { context, dir, fromRoot, scopes, listed, next: 0 };
  }
  function* walkDir(first) {
    const stack = first ? [first] : [];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next === frame.listed.length) {
        stack.pop();
        continue;
      }
      const { name, entry, rawName } = frame.listed[frame.next++];
      const { context, dir, fromRoot, scopes } = frame;
      if (name === ".git") continue;
      const path = joinPath(dir, rawName, name);
      const rel = fromRoot + name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      let skip;
      let leadsOutside;
      if (isLink) {
        if (!options.followSymlinks) continue;
        try {
          const target = statSync4(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
          if (!isDir && !isFile) skip = { reason: "unreadable", detail: `link to ${specialFileKind(target)}` };
        } catch {
          continue;
        }
        if (rootReals) {
          const real = safeRealpath(path);
          if (!insideRoots(real)) leadsOutside = real;
        }
      } else if (!isDir && !isFile) {
        const kind = specialKindAt(path);
        if (!kind) continue;
        skip = { reason: "unreadable", detail: kind };
      }
      if (scopes.length > 0 && isIgnored(scopes, rel, isDir)) continue;
      const { excludeMatcher } = context;
      if (!excludeMatcher.isEmpty && excludeMatcher.verdict(context.excludePrefix + rel.slice(context.excludeStrip), isDir) === "ignored") continue;
      if (skip) {
        skipped.push({ file: context.displayPrefix + rel, ...skip });
        continue;
      }
      if (leadsOutside !== void 0) {
        warnings.push(`${context.displayPrefix + rel} links outside the scanned folders (to ${leadsOutside}); not followed (--follow-external-symlinks follows it)`);
        continue;
      }
      if (isDir) {
        if (context.visitedDirs) {
          const real = safeRealpath(path);
          if (context.visitedDirs.has(real)) {
            skipped.push({ file: context.displayPrefix + rel, reason: "symlink-loop", detail: `already walked as ${real}` });
            continue;
          }
          context.visitedDirs.add(real);
        }
        const entering = excludeMatcher === outsideMatcher && path === excludeBase;
        const below = entering ? { ...context, excludeMatcher: insideMatcher, excludePrefix: "", excludeStrip: rel.length + 1 } : context;
        const child = enter(below, path, `${rel}/`, scopes);
        if (child) stack.push(child);
      } else {
        const absolutePath = typeof path === "string" ? path : path.toString("utf8");
        const identity = isLink ? safeRealpath(path) : absolutePath;
        if (context.seenFiles) {
          if (context.seenFiles.has(identity)) continue;
          context.seenFiles.add(identity);
        }
        const file = { absolutePath, displayPath: context.displayPrefix + rel, rulePath: context.rulePrefix + rel };
        if (typeof path !== "string") file.pathBytes = path;
        yield file;
      }
    }
  }
  return {
    roots: roots.map(({ absolute, isDir }) => ({ absolutePath: absolute, displayPath: displayPath(absolute, cwd), isDirectory: isDir })),
    files: files(),
    skipped,
    warnings
  };
}
function safeRealpath(path) {
  try {
    return realpathSync(path);
  } catch {
    return path.toString();
  }
}
function listFolder(dir) {
  const entries2 = readdirSync2(dir, { withFileTypes: true });
  if (!entries2.some((entry) => entry.name.includes("\uFFFD"))) return entries2.map((entry) => ({ name: entry.name, entry }));
  return readdirSync2(dir, { withFileTypes: true, encoding: "buffer" }).map(
    (entry) => isValidUtf8Name(entry.name) ? { name: entry.name.toString("utf8"), entry } : { name: escapeFileName(entry.name), entry, rawName: entry.name }
  );
}
function joinPath(dir, rawName, name) {
  if (typeof dir === "string" && !rawName) return (dir.endsWith(sep3) ? dir : dir + sep3) + name;
  const dirBytes = typeof dir === "string" ? Buffer.from(dir) : dir;
  const separator = dirBytes[dirBytes.length - 1] === sep3.charCodeAt(0) ? [] : [Buffer.from(sep3)];
  return Buffer.concat([dirBytes, ...separator, rawName ?? Buffer.from(name)]);
}
function specialKindAt(path) {
  try {
    return specialFileKind(lstatSync2(path));
  } catch {
    return void 0;
  }
}
function readMatcher(file, warn) {
  let text;
  try {
    text = readFileSync7(file, "utf8");
  } catch (error2) {
    const code2 = error2.code;
    if (code2 !== "ENOENT" && code2 !== "ENOTDIR") warn(`cannot read ${file.toString()}: ${code2 ?? error2.message}; its patterns are not applied`);
    return void 0;
  }
  const matcher = new PathMatcher(text);
  return matcher.isEmpty ? void 0 : matcher;
}
function ancestorScopes(root, repoRoot, warn) {
  const chain = [];
  for (let dir = root; dir !== repoRoot && repoRoot; ) {
    dir = dirname7(dir);
    chain.unshift(dir);
  }
  if (!repoRoot) return [];
  const scopeFor = (folder, matcher) => {
    const down = relative3(folder, root).split(sep3).join("/");
    return { prepend: down === "" ? "" : `${down}/`, strip: 0, matcher };
  };
  const scopes = [];
  const infoExclude = readMatcher(join5(repoRoot, ".git", "info", "exclude"), warn);
  if (infoExclude) scopes.push(scopeFor(repoRoot, infoExclude));
  for (const folder of chain) {
    const matcher = readMatcher(join5(folder, ".gitignore"), warn);
    if (matcher) scopes.push(scopeFor(folder, matcher));
  }
  return scopes;
}
function builtinIgnores(root) {
  if (root.split(sep3).includes("node_modules")) return [];
  return [{ prepend: "", strip: 0, matcher: NODE_MODULES }];
}
function isIgnored(scopes, fromRoot, isDir) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    const verdict = scope.matcher.verdict(scope.prepend + fromRoot.slice(scope.strip), isDir);
    if (verdict !== void 0) return verdict === "ignored";
  }
  return false;
}
var NODE_MODULES;
var init_walk = __esm({
  "src/sources/walk.ts"() {
    "use strict";
    init_load2();
    init_path_matcher();
    init_errors();
    init_paths();
    init_file_names();
    init_read();
    NODE_MODULES = new PathMatcher(["node_modules/"]);
  }
});

// src/sources/tree.ts
var tree_exports = {};
__export(tree_exports, {
  scanPaths: () => scanPaths,
  sortFindings: () => sortFindings
});
import { availableParallelism } from "node:os";
import { resolve as resolve10 } from "node:path";
async function scanPaths(paths, options = {}) {
  const started = performance.now();
  const cwd = resolve10(options.cwd ?? process.cwd());
  const config2 = options.config ?? await loadConfig({ cwd });
  const walked = walk(paths, {
    cwd,
    exclude: { baseDir: config2.baseDir, patterns: config2.exclude, outside: excludesOutside(config2) },
    gitignore: options.gitignore ?? true,
    followSymlinks: options.followSymlinks ?? false,
    followExternalSymlinks: options.followExternalSymlinks ?? false
  });
  const scanOptions = {
    maxFileSize: options.maxFileSize ?? config2.maxFileSize,
    redact: options.redact ?? true,
    minConfidence: options.minConfidence ?? config2.minConfidence,
    origin: "worktree",
    archives: archiveOptions(options.maxArchiveDepth)
  };
  const cacheWarnings = [];
  let cache2;
  if (options.cacheFile && !scanOptions.redact) cacheWarnings.push("--cache is off with --no-redact: secrets are never written to the cache");
  else if (options.cacheFile) {
    cache2 = FileCache.open(options.cacheFile, cacheKey(config2, scanOptions));
    scanOptions.record = true;
  }
  const cached2 = { findings: [], skipped: [], files: 0, bytes: 0 };
  const threads = Math.max(1, options.threads ?? Math.min(availableParallelism(), 4));
  const canUseWorkers = threads > 1 && workersAvailable();
  let files = 0;
  let bytes = 0;
  const progress = (result) => {
    files += result.files;
    bytes += result.bytes;
    options.onProgress?.({ files, bytes });
  };
  let pool;
  let pending = [];
  let walkedCount = 0;
  const terraformFiles = [];
  const stateFiles = [];
  const shard = options.shard;
  const wholeTreeShard = runsWholeTreeAnalyses(shard);
  const withTerraform = (options.terraform ?? true) && wholeTreeShard;
  const disabledTerraformRules = new Set(config2.terraform.disabledRules);
  const trackedState = withTerraform ? askGitForTrackedState(walked.roots, disabledTerraformRules) : void 0;
  for (const file of walked.files) {
    const isTerraform = terraformFileKind(file.displayPath) !== void 0;
    const isState = !isTerraform && stateFileKind(file.displayPath) !== void 0;
    if (shard && !(isTerraform || isState ? wholeTreeShard : holdsPath(shard, file.displayPath))) continue;
    if (cache2 && file.absolutePath === cache2.path) continue;
    if (withTerraform) {
      if (isTerraform) terraformFiles.push(file);
      else if (isState) stateFiles.push(file);
    }
    const hit = cache2?.lookup(file);
    if (hit) {
      cached2.files += 1;
      cached2.bytes += hit.bytes;
      for (const finding of hit.findings) cached2.findings.push(finding);
      continue;
    }
    pending.push(file);
    walkedCount += 1;
    if (!pool && canUseWorkers && walkedCount >= MIN_FILES_FOR_WORKERS) {
      pool = new FilePool({ rules: config2.rules, allow: config2.allow, scan: scanOptions }, threads, progress);
    }
    if (pool && pending.length >= BATCH_SIZE) {
      pool.submit(pending);
      pending = [];
    }
  }
  if (pool && pending.length > 0) pool.submit(pending);
  let engine;
  const mainEngine = () => engine ??= createEngine(config2);
  const terraform = withTerraform ? analyse() : void 0;
  function analyse() {
    const input = { files: terraformFiles, stateFiles, roots: walked.roots, ...trackedState ? { trackedState } : {} };
    const analysisOptions = {
      secretShapedSpans: (text, from, to) => mainEngine().secretShapedSpans(text, from, to),
      settings: config2.terraform,
      disabledRules: disabledTerraformRules,
      redact: scanOptions.redact,
      minConfidence: scanOptions.minConfidence,
      origin: "worktree",
      maxFileSize: scanOptions.maxFileSize,
      isExcluded: createExcludeMatcher(config2)
    };
    const analysis = cache2 ? cachedTerraformAnalysis(cache2, input, analysisOptions, config2.terraform) : analyzeTerraform(input, analysisOptions);
    analysis.catch(() => void 0);
    return analysis;
  }
  let results;
  if (pool) {
    results = await pool.finish();
  } else {
    results = [];
    for (let i = 0; i < pending.length; i += BATCH_SIZE) {
      const result = scanFileBatch(mainEngine(), pending.slice(i, i + BATCH_SIZE), scanOptions);
      results.push(result);
      progress(result);
    }
  }
  if (cache2) {
    for (const result of results) for (const finding of cache2.update(result.records ?? [], result.findings)) result.findings.push(finding);
    results.push(cached2);
    files += cached2.files;
    bytes += cached2.bytes;
  }
  let findings = [];
  const skipped = walked.skipped.filter((skip) => holdsPath(shard, skip.file));
  for (const result of results) {
    for (const finding of result.findings) findings.push(finding);
    for (const skip of result.skipped) skipped.push(skip);
  }
  const warnings = [...config2.warnings, ...walked.warnings, ...cacheWarnings];
  if (terraform) {
    const analysis = await terraform;
    const genericRuleIds = new Set(config2.rules.filter((rule) => rule.detector === "generic").map((rule) => rule.id));
    findings = mergeTerraformFindings(findings, analysis.findings, { genericRuleIds, judgedLiterals: analysis.judgedLiterals });
    warnings.push(...analysis.warnings);
  }
  cache2?.save();
  sortFindings(findings);
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const skip of skipped) if (skip.reason === "unreadable") warnings.push(`cannot read ${skip.file}: ${skip.detail ?? "error"}`);
  return {
    findings,
    stats: { files, bytes, durationMs: performance.now() - started, findings: findings.length, skipped, warnings }
  };
}
async function cachedTerraformAnalysis(cache2, input, options, settings) {
  const committed = analyzeTerraform({ ...input, files: [] }, options);
  const digest = cache2.terraformDigest(input.files, input.stateFiles, settings);
  let modules = cache2.terraformAnalysis(digest);
  if (!modules) {
    modules = await analyzeTerraform({ files: input.files, stateFiles: input.stateFiles }, options);
    cache2.setTerraformAnalysis(digest, modules);
  }
  const state = await committed;
  return { findings: [...modules.findings, ...state.findings], warnings: [...modules.warnings, ...state.warnings], judgedLiterals: modules.judgedLiterals };
}
var MIN_FILES_FOR_WORKERS, BATCH_SIZE;
var init_tree = __esm({
  "src/sources/tree.ts"() {
    "use strict";
    init_file_cache();
    init_load2();
    init_analyze();
    init_files();
    init_merge();
    init_shard();
    init_file_scanner();
    init_file_pool();
    init_sort_findings();
    init_texts();
    init_walk();
    init_sort_findings();
    MIN_FILES_FOR_WORKERS = 256;
    BATCH_SIZE = 64;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/main.ts
init_did_you_mean();
init_errors();
init_version();
import { existsSync as existsSync12 } from "node:fs";
import { resolve as resolve16 } from "node:path";

// src/suppress/ignore-file.ts
init_load2();
init_paths();
init_errors();
import { existsSync as existsSync4, readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve3 } from "node:path";
var IGNORE_FILE_NAME = ".leakgateignore";
var FINGERPRINT = /^[0-9a-f]{16}$/i;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var NOT_ECHOED = "the text is not shown: it may be a secret";
function parseIgnoreFile(text, file) {
  const entries2 = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const hash = raw.indexOf("#");
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (body === "") return;
    const reason = hash >= 0 ? raw.slice(hash + 1).trim() : "";
    const [fingerprint, ...options] = body.split(/\s+/);
    const where = `${file}:${lineNumber}`;
    if (!fingerprint || !FINGERPRINT.test(fingerprint)) {
      throw new LeakgateError(`${where}: expected a finding fingerprint (16 hex digits) first on the line (${NOT_ECHOED})`);
    }
    const entry = { fingerprint: fingerprint.toLowerCase(), line: lineNumber };
    for (const option of options) {
      const [key, value] = splitOnce(option, "=");
      if (key !== "expires" || value === void 0) {
        throw new LeakgateError(`${where}: unknown option: only expires=YYYY-MM-DD is allowed before the # reason (${NOT_ECHOED})`);
      }
      if (!isCalendarDate(value)) throw new LeakgateError(`${where}: expires must be a date such as 2027-01-31 (${NOT_ECHOED})`);
      entry.expires = value;
    }
    if (reason) entry.reason = reason;
    entries2.push(entry);
  });
  return { file, entries: entries2 };
}
function isExpired(entry, now) {
  if (!entry.expires) return false;
  const [, y, m, d] = DATE.exec(entry.expires);
  return now.getTime() >= Date.UTC(Number(y), Number(m) - 1, Number(d) + 1);
}
function findIgnoreFile(fromDir) {
  const start = resolve3(fromDir);
  const root = repositoryRoot(start) ?? start;
  let dir = start;
  for (; ; ) {
    const candidate = join2(dir, IGNORE_FILE_NAME);
    if (existsSync4(candidate)) return candidate;
    if (dir === root) return void 0;
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var cache = /* @__PURE__ */ new Map();
function loadIgnoreFileSync(path, options = {}) {
  const absolute = resolve3(options.cwd ?? process.cwd(), path);
  const shown = displayPath(absolute, options.cwd ?? process.cwd());
  let stats;
  try {
    stats = statSync2(absolute);
  } catch (error2) {
    if (error2.code === "ENOENT") throw new LeakgateError(`ignore file not found: ${shown}`);
    throw new LeakgateError(`cannot read ignore file ${shown}: ${describeFsError(error2)}`);
  }
  const cached2 = cache.get(absolute);
  if (cached2 && cached2.mtimeMs === stats.mtimeMs && cached2.size === stats.size && cached2.parsed.file === shown) return cached2.parsed;
  let text;
  try {
    text = readFileSync4(absolute, "utf8");
  } catch (error2) {
    throw new LeakgateError(`cannot read ignore file ${shown}: ${describeFsError(error2)}`);
  }
  const parsed = parseIgnoreFile(text, shown);
  cache.set(absolute, { mtimeMs: stats.mtimeMs, size: stats.size, parsed });
  return parsed;
}
function loadNearestIgnoreFileSync(fromDir, options = {}) {
  const found = findIgnoreFile(fromDir);
  return found ? loadIgnoreFileSync(found, options) : void 0;
}
function isCalendarDate(value) {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date2 = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date2.getUTCFullYear() === Number(y) && date2.getUTCMonth() === Number(m) - 1 && date2.getUTCDate() === Number(d);
}
function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, void 0] : [text.slice(0, at), text.slice(at + 1)];
}

// src/suppress/apply.ts
function applySuppressions(findings, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const afterIgnore = options.ignore ? applyIgnoreFile(findings, options.ignore, now) : { kept: [...findings], ignored: 0, unused: [], warnings: [] };
  const afterBaseline = options.baseline ? applyBaseline(afterIgnore.kept, options.baseline) : { kept: afterIgnore.kept, baselined: 0, unused: [] };
  return {
    findings: afterBaseline.kept,
    ignored: afterIgnore.ignored,
    baselined: afterBaseline.baselined,
    unused: [...afterIgnore.unused, ...afterBaseline.unused],
    warnings: afterIgnore.warnings
  };
}
function suppressResult(result, options = {}) {
  const outcome = applySuppressions(result.findings, options);
  return {
    ...result,
    findings: outcome.findings,
    stats: { ...result.stats, findings: outcome.findings.length, warnings: [...result.stats.warnings, ...outcome.warnings] },
    suppression: {
      ignored: outcome.ignored,
      baselined: outcome.baselined,
      ...options.reportUnused ? { unused: outcome.unused } : {}
    }
  };
}
function applyIgnoreFile(findings, ignore, now) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const entry of ignore.entries) {
    const list = byFingerprint.get(entry.fingerprint);
    if (list) list.push(entry);
    else byFingerprint.set(entry.fingerprint, [entry]);
  }
  const used = /* @__PURE__ */ new Set();
  const resurfaced = /* @__PURE__ */ new Map();
  const kept = [];
  let ignored = 0;
  for (const finding of findings) {
    const entries2 = byFingerprint.get(finding.fingerprint);
    const active = entries2?.find((entry) => !isExpired(entry, now));
    if (active) {
      used.add(active);
      ignored += 1;
      continue;
    }
    for (const entry of entries2 ?? []) resurfaced.set(entry, (resurfaced.get(entry) ?? 0) + 1);
    kept.push(finding);
  }
  const warnings = [];
  const unused = [];
  for (const entry of ignore.entries) {
    const where = `${ignore.file}:${entry.line}`;
    const reason = entry.reason ? ` (${entry.reason})` : "";
    if (isExpired(entry, now)) {
      const count2 = resurfaced.get(entry) ?? 0;
      warnings.push(
        count2 > 0 ? `${where}: ignore entry ${entry.fingerprint}${reason} expired on ${entry.expires}; ${count2 === 1 ? "the finding it covered is" : `the ${count2} findings it covered are`} reported again` : `${where}: ignore entry ${entry.fingerprint}${reason} expired on ${entry.expires} and matches nothing; remove it`
      );
    } else if (!used.has(entry)) {
      unused.push({ source: "ignore-file", file: ignore.file, line: entry.line, fingerprint: entry.fingerprint, ...entry.reason ? { reason: entry.reason } : {} });
    }
  }
  return { kept, ignored, unused, warnings };
}
function applyBaseline(findings, baseline) {
  const budgets = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    const list = budgets.get(entry.fingerprint);
    const budget = { entry, remaining: entry.count };
    if (list) list.push(budget);
    else budgets.set(entry.fingerprint, [budget]);
  }
  const suppressed = new Array(findings.length).fill(false);
  findings.forEach((finding, index) => {
    const budget = budgets.get(finding.fingerprint)?.find((b) => b.remaining > 0 && b.entry.path === finding.file);
    if (budget) {
      budget.remaining -= 1;
      suppressed[index] = true;
    }
  });
  findings.forEach((finding, index) => {
    if (suppressed[index]) return;
    const budget = budgets.get(finding.fingerprint)?.find((b) => b.remaining > 0);
    if (budget) {
      budget.remaining -= 1;
      suppressed[index] = true;
    }
  });
  const kept = findings.filter((_, index) => !suppressed[index]);
  const unused = [];
  for (const list of budgets.values()) {
    for (const { entry, remaining } of list) {
      if (remaining === 0) continue;
      unused.push({
        source: "baseline",
        file: baseline.file ?? "baseline",
        fingerprint: entry.fingerprint,
        ruleId: entry.ruleId,
        path: entry.path,
        unused: remaining,
        count: entry.count
      });
    }
  }
  return { kept, baselined: findings.length - kept.length, unused };
}

// src/suppress/baseline.ts
init_zod();
init_zod();
init_paths();
init_errors();
init_schema();
init_version();
import { readFileSync as readFileSync5, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
var BASELINE_VERSION = 1;
var DEFAULT_BASELINE_FILE = ".leakgate-baseline.json";
var BaselineFileSchema = strictObject({
  version: int(),
  tool: optional(string2()),
  entries: array(
    strictObject({
      fingerprint: string2().check(_regex(/^[0-9a-f]{16}$/, "must be 16 lowercase hex digits")),
      ruleId: nonEmpty(),
      path: string2(),
      count: int().check(_gte(1))
    })
  )
});
function createBaseline(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.fingerprint}\0${finding.ruleId}\0${finding.file}`;
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, path: finding.file, count: 1 });
  }
  return { entries: [...byKey.values()].sort(compareEntries) };
}
function formatBaseline(baseline) {
  const entries2 = [...baseline.entries].sort(compareEntries).map(({ fingerprint, ruleId, path, count: count2 }) => ({ fingerprint, ruleId, path, count: count2 }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: TOOL_NAME, entries: entries2 }, null, 2)}
`;
}
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error2) {
    throw new LeakgateError(`${file}: not a leakgate baseline: ${error2.message}`);
  }
  if (data && typeof data === "object" && "version" in data && typeof data.version === "number" && data.version > BASELINE_VERSION) {
    throw new LeakgateError(`${file}: baseline version ${data.version} was written by a newer leakgate; this one reads version ${BASELINE_VERSION}`);
  }
  const parsed = BaselineFileSchema.safeParse(data);
  if (!parsed.success) throw new LeakgateError(describeIssues(parsed.error, file));
  if (parsed.data.version !== BASELINE_VERSION) throw new LeakgateError(`${file}: unsupported baseline version ${parsed.data.version}`);
  return { file, entries: parsed.data.entries };
}
function loadBaselineSync(path, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve4(cwd, path);
  const shown = displayPath(absolute, cwd);
  let text;
  try {
    text = readFileSync5(absolute, "utf8");
  } catch (error2) {
    const code2 = error2.code;
    if (code2 === "ENOENT") throw new LeakgateError(`baseline file not found: ${path} (create it with \`leakgate baseline\`)`);
    throw new LeakgateError(`cannot read baseline ${shown}: ${describeFsError(error2)}`);
  }
  return parseBaseline(text, shown);
}
function writeBaselineSync(path, baseline, options = {}) {
  const absolute = resolve4(options.cwd ?? process.cwd(), path);
  const temporary = `${absolute}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, formatBaseline(baseline));
    renameSync(temporary, absolute);
  } catch (error2) {
    rmSync(temporary, { force: true });
    throw new LeakgateError(`cannot write baseline ${path}: ${describeFsError(error2, "write")}`);
  }
}
function compareEntries(a, b) {
  return compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/cli/report-output.ts
init_errors();
import { appendFileSync, writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";

// src/report/github.ts
init_types();

// src/report/terminal-text.ts
var UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
var NAMED = { "\r": "\\r", "\n": "\\n", "	": "\\t", "\x1B": "\\e" };
function escapeControls(text) {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code2 = c.charCodeAt(0);
    return code2 <= 255 ? `\\x${code2.toString(16).padStart(2, "0")}` : `\\u${code2.toString(16).padStart(4, "0")}`;
  });
}
var ZERO_WIDTH = new RegExp("^(?:\\p{M}|[\\u200B-\\u200D\\u2060\\uFE00-\\uFE0F\\uFEFF]|\\uDB40[\\uDD00-\\uDDEF])$", "u");
var EMOJI = new RegExp("^\\p{Emoji_Presentation}$", "u");
function codePointWidth(char) {
  if (ZERO_WIDTH.test(char)) return 0;
  const code2 = char.codePointAt(0);
  if (isWide(code2) || EMOJI.test(char)) return 2;
  return 1;
}
function isWide(code2) {
  return code2 >= 4352 && code2 <= 4447 || code2 >= 11904 && code2 <= 12350 || code2 >= 12353 && code2 <= 13311 || code2 >= 13312 && code2 <= 19903 || code2 >= 19968 && code2 <= 40959 || code2 >= 40960 && code2 <= 42191 || code2 >= 43360 && code2 <= 43391 || code2 >= 44032 && code2 <= 55203 || code2 >= 63744 && code2 <= 64255 || code2 >= 65072 && code2 <= 65103 || code2 >= 65280 && code2 <= 65376 || code2 >= 65504 && code2 <= 65510 || code2 >= 127744 && code2 <= 128591 || code2 >= 129280 && code2 <= 129535 || code2 >= 131072 && code2 <= 262141;
}
function displayWidth(text) {
  let width = 0;
  for (const char of text) width += codePointWidth(char);
  return width;
}
function headToWidth(text, columns) {
  let width = 0;
  let end = 0;
  for (const char of text) {
    width += codePointWidth(char);
    if (width > columns) break;
    end += char.length;
  }
  return text.slice(0, end);
}
function tailToWidth(text, columns) {
  const chars = Array.from(text);
  let width = 0;
  let start = chars.length;
  while (start > 0) {
    const next = width + codePointWidth(chars[start - 1]);
    if (next > columns) break;
    width = next;
    start--;
  }
  return chars.slice(start).join("");
}
function wrapWords(words, columns, firstIndent, indent) {
  const lines = [];
  let line = "";
  let used = firstIndent;
  for (const word of words) {
    const width = displayWidth(word);
    if (line !== "" && used + 1 + width > columns) {
      lines.push(line);
      line = " ".repeat(indent) + word;
      used = indent + width;
    } else {
      line += (line === "" ? "" : " ") + word;
      used += (line === word ? 0 : 1) + width;
    }
  }
  lines.push(line);
  return lines;
}

// src/report/text.ts
init_redact();
init_types();
import { styleText } from "node:util";
var DEFAULT_WIDTH = 80;
var MIN_WIDTH = 40;
var HEADER_INDENT = 20;
var TAB = "    ";
var FIX_LEAD = "    fix: ";
var SEVERITY_STYLE = {
  critical: ["red", "bold"],
  high: "red",
  medium: "yellow",
  low: "cyan",
  info: "gray"
};
var MAX_LISTED_SKIPS = 20;
function formatText(result, options) {
  const paint = (style, text) => options.color ? styleText(style, text, { validateStream: false }) : text;
  const out = [];
  let currentFile;
  const seenOnLine = /* @__PURE__ */ new Map();
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  for (const finding of result.findings) {
    const where = escapeControls(findingLabel(finding));
    if (where !== currentFile) {
      if (currentFile !== void 0) out.push("");
      out.push(paint("underline", where));
      currentFile = where;
    }
    out.push(...header(finding, width, paint));
    const key = `${findingLabel(finding)}\0${finding.line}\0${shownSecret(finding)}`;
    const occurrence = seenOnLine.get(key) ?? 0;
    seenOnLine.set(key, occurrence + 1);
    out.push(...codeFrame(finding, occurrence, width, paint));
    out.push(...fixLine(finding, width, paint));
  }
  if (!options.quiet) {
    const skipLines = listSkips(result.stats.skipped);
    if (skipLines.length > 0) {
      if (out.length > 0) out.push("");
      out.push(...skipLines.map((line) => paint("gray", line)));
    }
    if (out.length > 0) out.push("");
    out.push(summaryLine(result, paint));
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}
function findingLabel(finding) {
  return finding.commit ? `${finding.file} @ ${finding.commit.slice(0, 12)}` : finding.file || "<text>";
}
function shownSecret(finding) {
  return finding.secret.endsWith(MASK) ? finding.secret : redact(finding.secret);
}
function header(finding, width, paint) {
  const position = `${finding.line}:${finding.column}`.padEnd(8);
  const lead = `  ${position} ${finding.severity.padEnd(8)} `;
  const message = escapeControls(finding.message);
  const confidence = finding.confidence === "high" ? "" : ` (${finding.confidence} confidence)`;
  const identity = `${escapeControls(finding.ruleId)} ${finding.fingerprint}${confidence}`;
  const paintedLead = `  ${position} ${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8))} `;
  const paintedIdentity = paint("gray", identity);
  if (displayWidth(lead) + displayWidth(message) + 2 + displayWidth(identity) <= width) return [`${paintedLead}${message}  ${paintedIdentity}`];
  const messageLines = wrapWords(message.split(" "), width, displayWidth(lead), HEADER_INDENT);
  const indent = HEADER_INDENT + displayWidth(identity) <= width ? HEADER_INDENT : 4;
  return [`${paintedLead}${messageLines[0]}`, ...messageLines.slice(1), `${" ".repeat(indent)}${paintedIdentity}`];
}
function codeFrame(finding, occurrence, width, paint) {
  if (finding.snippet === void 0) return [];
  const shown = shownSecret(finding);
  const snippet = finding.snippet;
  let at = snippet.indexOf(shown);
  for (let n = 0; n < occurrence && at >= 0; n++) at = snippet.indexOf(shown, at + shown.length);
  const gutter = String(finding.line);
  const room = Math.max(MIN_WIDTH / 2, width - (gutter.length + 7));
  const frame = (text) => `    ${paint("gray", `${gutter} |`)} ${text}`;
  if (at < 0) {
    const line = visible(snippet);
    return [frame(displayWidth(line) <= room ? line : `${headToWidth(line, room - 1)}\u2026`)];
  }
  const before = visible(snippet.slice(0, at));
  const secret = visible(shown);
  const after = visible(snippet.slice(at + shown.length));
  const [left, right] = clipAround(before, displayWidth(secret), after, room);
  const pad = " ".repeat(gutter.length);
  return [frame(`${left}${secret}${right}`), `    ${paint("gray", `${pad} |`)} ${" ".repeat(displayWidth(left))}${paint("red", "^".repeat(Math.max(1, displayWidth(secret))))}`];
}
function clipAround(before, secretWidth, after, room) {
  const beforeWidth = displayWidth(before);
  const afterWidth = displayWidth(after);
  if (beforeWidth + secretWidth + afterWidth <= room) return [before, after];
  const free = Math.max(0, room - secretWidth);
  const leftRoom = Math.min(beforeWidth, Math.max(Math.floor(free / 2), free - afterWidth));
  const rightRoom = free - leftRoom;
  const left = leftRoom < beforeWidth ? `\u2026${tailToWidth(before, Math.max(0, leftRoom - 1))}` : before;
  const right = rightRoom < afterWidth ? `${headToWidth(after, Math.max(0, rightRoom - 1))}\u2026` : after;
  return [left, right];
}
function visible(text) {
  return escapeControls(text.replace(/\t/g, TAB));
}
function fixLine(finding, width, paint) {
  const fix = finding.details?.["fix"];
  if (typeof fix !== "string" || fix === "") return [];
  const [first = "", ...rest] = wrapWords(escapeControls(fix).split(" "), width, FIX_LEAD.length, FIX_LEAD.length);
  return [`    ${paint("cyan", "fix:")} ${first}`, ...rest];
}
function listSkips(skipped) {
  const notable = skipped.filter((skip) => skip.reason !== "binary");
  const lines = notable.slice(0, MAX_LISTED_SKIPS).map((skip) => escapeControls(`skipped ${skip.file}: ${describeSkip(skip)}`));
  if (notable.length > MAX_LISTED_SKIPS) lines.push(`skipped ${notable.length - MAX_LISTED_SKIPS} more (see --format json)`);
  return lines;
}
function describeSkip(skip) {
  switch (skip.reason) {
    case "too-large":
      return `larger than --max-file-size (${skip.detail ?? ""})`;
    case "unreadable":
      return `unreadable (${skip.detail ?? "error"})`;
    case "symlink-loop":
      return "symlink loop";
    case "binary":
      return "binary";
  }
}
function summaryLine(result, paint = (_s, t) => t) {
  const { stats, findings } = result;
  const mib = (stats.bytes / (1024 * 1024)).toFixed(stats.bytes >= 10 * 1024 * 1024 ? 0 : 1);
  const seconds = stats.durationMs >= 1e3 ? `${(stats.durationMs / 1e3).toFixed(1)} s` : `${Math.round(stats.durationMs)} ms`;
  const scanned = `scanned ${whatWasRead(stats)}, ${mib} MiB in ${seconds}`;
  const skipCounts = /* @__PURE__ */ new Map();
  for (const skip of stats.skipped) skipCounts.set(skip.reason, (skipCounts.get(skip.reason) ?? 0) + 1);
  const skippedText = stats.skipped.length > 0 ? `; skipped ${stats.skipped.length} (${[...skipCounts].map(([reason, n]) => `${n} ${reason.replace("-", " ")}`).join(", ")})` : "";
  const suppressedText = describeSuppressed(result);
  if (findings.length === 0) return `${paint("green", "\u2714 no secrets found")}${suppressedText} \xB7 ${scanned}${skippedText}`;
  const severities = SEVERITIES.map((severity) => [severity, findings.filter((f) => f.severity === severity).length]).filter(([, n]) => n > 0).map(([severity, n]) => `${n} ${severity}`).join(", ");
  const files = new Set(findings.map((f) => f.file)).size;
  return `${paint(["red", "bold"], `\u2716 ${plural(findings.length, "finding")}`)} (${severities}) in ${plural(files, "file")}${suppressedText} \xB7 ${scanned}${skippedText}`;
}
function whatWasRead(stats) {
  return stats.commits === void 0 ? plural(stats.files, "file") : `${plural(stats.files, "blob")} from ${plural(stats.commits, "commit")}`;
}
function describeSuppressed(result) {
  const { ignored = 0, baselined = 0 } = result.suppression ?? {};
  if (ignored + baselined === 0) return "";
  const parts = [baselined > 0 ? `${baselined} by the baseline` : "", ignored > 0 ? `${ignored} by .leakgateignore` : ""].filter(Boolean);
  return ` (${ignored + baselined} suppressed: ${parts.join(", ")})`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice"
};
function formatGithub(result, options = {}) {
  const bySeverity = [...result.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const used = { error: 0, warning: 0, notice: 0 };
  const annotated = /* @__PURE__ */ new Set();
  for (const finding of bySeverity) {
    const level = LEVEL[finding.severity];
    if (used[level] < ANNOTATIONS_PER_LEVEL) {
      used[level] += 1;
      annotated.add(finding);
    }
  }
  const out = [];
  for (const finding of result.findings) if (annotated.has(finding)) out.push(annotation(finding));
  const rest = result.findings.filter((finding) => !annotated.has(finding));
  if (rest.length > 0) {
    out.push(
      `leakgate: ${rest.length} more finding${rest.length === 1 ? " was" : "s were"} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the SARIF report has them all):`
    );
    for (const finding of rest) out.push(`  ${logLine(finding)}`);
  }
  if (!options.quiet) out.push(summaryLine(result));
  return out.length > 0 ? `${out.join("\n")}
` : "";
}
function annotation(finding) {
  const sameLine = finding.line === finding.endLine;
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    ...sameLine ? [`col=${finding.column}`] : [],
    `endLine=${finding.endLine}`,
    ...sameLine ? [`endColumn=${finding.endColumn}`] : [],
    `title=${escapeProperty(`${finding.message} (${finding.ruleId})`)}`
  ];
  const commit = finding.commit ? ` in commit ${finding.commit.slice(0, 12)}` : "";
  const message = `${finding.severity} ${finding.ruleId}: ${finding.message} ${finding.secret}${commit} (fingerprint ${finding.fingerprint})`;
  return `::${LEVEL[finding.severity]} ${properties.join(",")}::${escapeData(message)}`;
}
function logLine(finding) {
  const commit = finding.commit ? ` @ ${finding.commit.slice(0, 12)}` : "";
  return `${escapeControls(finding.file)}:${finding.line}:${finding.column}${commit}: ${finding.severity} ${finding.ruleId}: ${finding.message} ${finding.secret} (fingerprint ${finding.fingerprint})`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithubStepSummary(result, limit = 200) {
  const lines = ["### leakgate", "", summaryLine(result), ""];
  if (result.findings.length > 0) {
    lines.push("| severity | rule | location | secret | fingerprint |", "| --- | --- | --- | --- | --- |");
    for (const finding of result.findings.slice(0, limit)) {
      const commit = finding.commit ? ` @ ${finding.commit.slice(0, 12)}` : "";
      lines.push(
        `| ${finding.severity} | ${cell(finding.ruleId)} | ${cell(`${finding.file}:${finding.line}:${finding.column}${commit}`)} | ${code(finding.secret)} | ${code(finding.fingerprint)} |`
      );
    }
    if (result.findings.length > limit) lines.push("", `\u2026and ${result.findings.length - limit} more (see the SARIF or JSON report).`);
    lines.push("");
  }
  return `${lines.join("\n")}
`;
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}
function code(text) {
  return `<code>${cell(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</code>`;
}

// src/report/gitlab.ts
init_version();
import { createHash as createHash2 } from "node:crypto";

// src/report/rule-catalog.ts
init_load();
init_rules();
var EXTRA_RULE_METADATA = [
  TERRAFORM_RULES.map((rule) => ({
    id: rule.id,
    title: rule.description,
    description: rule.help,
    help: rule.help,
    // Secrets written in code are hard-coded credentials; secrets copied into state or state
    // files are cleartext storage of sensitive information.
    cwe: rule.locates === "secret" ? [798] : [312],
    severity: rule.severity,
    tags: rule.tags
  }))
];
var DEFAULT_SECRET_HELP = [
  "A credential is committed to source. Treat it as compromised: anyone who can read the repository, a fork, a clone or a build log can use it, and deleting the line leaves it in Git history.",
  "1. Revoke or rotate the credential with its issuer.",
  "2. Remove it from the code; load it at run time from a secret manager or an environment variable.",
  "3. If the repository is shared, remove it from history too (for example with git filter-repo), after rotating.",
  "If it is not a secret (a test fixture or a documented example), mark the line with a `leakgate:allow` comment, or add the finding's fingerprint to .leakgateignore with a reason."
].join("\n");
function ruleDescription(rule) {
  return rule.description ?? `${rule.title}: a credential hardcoded in source (CWE-798, use of hard-coded credentials).`;
}
function ruleHelp(rule) {
  return rule.help ?? DEFAULT_SECRET_HELP;
}
function ruleCwes(rule) {
  return rule.cwe ?? [798];
}
function ruleMetadataFromRules(rules) {
  return rules.map((rule) => ({
    id: rule.id,
    title: rule.description,
    severity: rule.severity,
    confidence: rule.confidence,
    tags: rule.tags,
    checksummed: rule.validate === "crc32-base62"
  }));
}
var RuleCatalog = class {
  lists = /* @__PURE__ */ new Map();
  lookups = [];
  /** Earlier providers win for the same id. */
  constructor(providers) {
    for (const provider of providers) {
      if (typeof provider === "function") this.lookups.push(provider);
      else for (const meta2 of provider) if (!this.lists.has(meta2.id)) this.lists.set(meta2.id, meta2);
    }
  }
  get(ruleId) {
    const listed = this.lists.get(ruleId);
    if (listed) return listed;
    for (const lookup of this.lookups) {
      const found = lookup(ruleId);
      if (found) return found;
    }
    return void 0;
  }
  /** Ids of every rule the listed providers know (the rules a scan could report), sorted. */
  knownIds() {
    return [...this.lists.keys()].sort();
  }
  /** The metadata for a finding's rule, or one made from the finding when no provider knows the id. */
  forFinding(finding) {
    return this.get(finding.ruleId) ?? {
      id: finding.ruleId,
      title: finding.message,
      severity: finding.severity,
      confidence: finding.confidence,
      ...finding.tags ? { tags: finding.tags } : {}
    };
  }
};
function createRuleCatalog(rules = loadBuiltinRules(), extra = EXTRA_RULE_METADATA) {
  return new RuleCatalog([ruleMetadataFromRules(rules), ...extra]);
}

// src/report/gitlab.ts
var GITLAB_REPORT_VERSION = "15.2.4";
var UNKNOWN_COMMIT = "0000000";
var SEVERITY = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info"
};
function formatGitlab(result, options) {
  const tool = { id: TOOL_NAME, name: TOOL_NAME, version: VERSION, vendor: { name: TOOL_NAME }, url: TOOL_URL };
  const end = options.now;
  const start = new Date(end.getTime() - Math.max(0, Math.round(result.stats.durationMs)));
  const occurrences = /* @__PURE__ */ new Map();
  const report = {
    version: GITLAB_REPORT_VERSION,
    scan: {
      type: "secret_detection",
      status: "success",
      start_time: gitlabTime(start),
      end_time: gitlabTime(end),
      analyzer: tool,
      scanner: tool,
      primary_identifiers: options.rules.knownIds().map((id) => ruleIdentifier(id)),
      messages: result.stats.warnings.map((warning) => ({ level: "warn", value: warning }))
    },
    vulnerabilities: result.findings.map((finding) => {
      const key = `${finding.commit ?? ""}\0${finding.file}\0${finding.fingerprint}`;
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      return vulnerability(finding, occurrence, options);
    })
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
function vulnerability(finding, occurrence, options) {
  const rule = options.rules.forFinding(finding);
  const commit = { sha: finding.commit ?? options.commitSha ?? UNKNOWN_COMMIT };
  if (finding.author) commit["author"] = finding.author;
  if (finding.date) commit["date"] = finding.date;
  return {
    id: stableId(finding, occurrence),
    name: rule.title.slice(0, 255),
    description: `${ruleDescription(rule)}

Found: \`${finding.secret}\` (fingerprint ${finding.fingerprint}, ${finding.confidence} confidence).`.slice(0, 1048576),
    severity: SEVERITY[finding.severity],
    solution: ruleHelp(rule).slice(0, 7e3),
    identifiers: [
      ruleIdentifier(finding.ruleId),
      ...ruleCwes(rule).map((cwe) => ({ type: "cwe", name: `CWE-${cwe}`, value: String(cwe), url: `https://cwe.mitre.org/data/definitions/${cwe}.html` }))
    ].slice(0, 20),
    location: { file: finding.file, start_line: finding.line, end_line: finding.endLine, commit },
    details: {
      secret: { name: "Secret (redacted)", type: "text", value: finding.secret },
      fingerprint: { name: "Fingerprint", type: "text", value: finding.fingerprint },
      position: { name: "Position", type: "text", value: `line ${finding.line}, column ${finding.column}` },
      confidence: { name: "Confidence", type: "text", value: finding.confidence }
    }
  };
}
function ruleIdentifier(ruleId) {
  return { type: "leakgate_rule_id", name: `leakgate rule ${ruleId}`, value: ruleId };
}
function gitlabTime(date2) {
  return date2.toISOString().slice(0, 19);
}
function stableId(finding, occurrence) {
  const hex = createHash2("sha256").update(`${finding.fingerprint}\0${finding.file}\0${finding.commit ?? ""}\0${occurrence}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// src/report/json.ts
init_version();
var JSON_REPORT_VERSION = 1;
function formatJson(result) {
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    findings: result.findings,
    stats: { ...result.stats, durationMs: Math.round(result.stats.durationMs) },
    ...result.suppression ? { suppression: result.suppression } : {}
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/junit.ts
init_version();
function formatJunit(result) {
  const seconds = (result.stats.durationMs / 1e3).toFixed(3);
  const failures = result.findings.length;
  const tests = Math.max(1, failures);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" time="${seconds}">`,
    `  <testsuite name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${seconds}">`
  ];
  if (failures === 0) {
    out.push(`    <testcase classname="${TOOL_NAME}" name="${xml(`no secrets found in ${whatWasRead(result.stats)}`)}" time="${seconds}"/>`);
  }
  const names = /* @__PURE__ */ new Set();
  for (const finding of result.findings) {
    const name = uniqueName(testcaseName(finding), names);
    out.push(
      `    <testcase classname="${xml(finding.file)}" name="${xml(name)}" file="${xml(finding.file)}" line="${finding.line}" time="0">`,
      `      <failure message="${xml(`${finding.message}: ${finding.secret}`)}" type="${xml(finding.ruleId)}">${xml(failureBody(finding))}</failure>`,
      "    </testcase>"
    );
  }
  out.push("  </testsuite>", "</testsuites>");
  return `${out.join("\n")}
`;
}
function testcaseName(finding) {
  const commit = finding.commit ? ` in ${finding.commit.slice(0, 12)}` : "";
  return `${finding.ruleId} @ ${finding.line}:${finding.column}${commit} (${finding.fingerprint.slice(0, 8)})`;
}
function uniqueName(name, taken) {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} #${n}`;
  taken.add(candidate);
  return candidate;
}
function failureBody(finding) {
  const lines = [
    `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`,
    `rule: ${finding.ruleId}`,
    `severity: ${finding.severity}, confidence: ${finding.confidence}`,
    `secret: ${finding.secret}`,
    `fingerprint: ${finding.fingerprint}`
  ];
  if (finding.commit) lines.push(`commit: ${finding.commit}${finding.author ? ` by ${finding.author}` : ""}${finding.date ? ` on ${finding.date}` : ""}`);
  if (finding.snippet !== void 0) lines.push(`line: ${finding.snippet}`);
  return lines.join("\n");
}
function xml(text) {
  return text.replace(XML_UNSAFE, (c) => XML_ESCAPES[c] ?? "\uFFFD");
}
var XML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "	": "&#9;"
};
var XML_UNSAFE = /[&<>"'\r\n\t]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// src/report/sarif.ts
init_version();
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var LEVEL2 = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
var PRECISION = { high: "high", medium: "medium", low: "low" };
function formatSarif(result, options) {
  const metadata = /* @__PURE__ */ new Map();
  for (const finding of result.findings) if (!metadata.has(finding.ruleId)) metadata.set(finding.ruleId, options.rules.forFinding(finding));
  const ruleIds = [...metadata.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const occurrences = /* @__PURE__ */ new Map();
  const results = result.findings.map((finding) => {
    const key = `${finding.file}\0${finding.fingerprint}`;
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    return sarifResult(finding, ruleIndex.get(finding.ruleId), occurrence);
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: VERSION,
            informationUri: TOOL_URL,
            rules: ruleIds.map((id) => reportingDescriptor(metadata.get(id)))
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.stats.warnings.map((warning) => ({ level: "warning", message: { text: warning } }))
          }
        ],
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function reportingDescriptor(rule) {
  const help = ruleHelp(rule);
  const tags = ["security", ...ruleCwes(rule).map((cwe) => `external/cwe/cwe-${cwe}`), ...rule.tags ?? []];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: ruleDescription(rule) },
    help: { text: help, markdown: helpMarkdown(rule, help) },
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    defaultConfiguration: { level: LEVEL2[rule.severity] },
    properties: {
      tags: [...new Set(tags)].slice(0, 20),
      precision: rule.checksummed ? "very-high" : PRECISION[rule.confidence ?? "high"],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      "problem.severity": LEVEL2[rule.severity] === "note" ? "recommendation" : LEVEL2[rule.severity]
    }
  };
}
function sarifResult(finding, ruleIndex, occurrence) {
  const where = finding.commit ? ` (introduced in commit ${finding.commit.slice(0, 12)})` : "";
  const region = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn
  };
  if (finding.snippet !== void 0) region["snippet"] = { text: finding.snippet };
  const properties = {
    severity: finding.severity,
    confidence: finding.confidence,
    fingerprint: finding.fingerprint,
    origin: finding.origin
  };
  if (finding.commit) properties["commit"] = finding.commit;
  if (finding.author) properties["author"] = finding.author;
  if (finding.date) properties["date"] = finding.date;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL2[finding.severity],
    message: { text: `${finding.message}: ${finding.secret}${where}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, region } }],
    partialFingerprints: {
      primaryLocationLineHash: `${finding.fingerprint}:${occurrence}`,
      "leakgateFingerprint/v1": finding.fingerprint
    },
    properties
  };
}
function artifactUri(file) {
  if (file === "") return "%3Ctext%3E";
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file.split("/").map(encodeURIComponent).join("/");
}
function pascalCase(id) {
  return id.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function helpMarkdown(rule, help) {
  const lines = [`**${escapeMarkdown(rule.title)}** (\`${rule.id}\`, severity ${rule.severity})`, "", ...help.split("\n")];
  return lines.join("\n");
}
function escapeMarkdown(text) {
  return text.replace(/([\\`*_{}[\]<>()#+!|])/g, "\\$1");
}

// src/report/index.ts
var defaultCatalog;
var rulesOf = (options) => options.rules ?? (defaultCatalog ??= createRuleCatalog());
var FORMATTERS = {
  text: (result, options) => formatText(result, options),
  json: (result) => formatJson(result),
  sarif: (result, options) => formatSarif(result, { rules: rulesOf(options) }),
  gitlab: (result, options) => formatGitlab(result, {
    rules: rulesOf(options),
    now: options.now ?? /* @__PURE__ */ new Date(),
    ...options.commitSha ? { commitSha: options.commitSha } : {}
  }),
  junit: (result) => formatJunit(result),
  github: (result, options) => formatGithub(result, { quiet: options.quiet ?? false })
};
var FORMAT_NAMES = Object.keys(FORMATTERS);
function formatReport(format, result, options) {
  return FORMATTERS[format](result, options);
}
function isFormatName(name) {
  return Object.hasOwn(FORMATTERS, name);
}

// src/cli/report-output.ts
init_types();

// src/cli/terminal.ts
function shouldColor(flag, stream, env = process.env) {
  if (flag !== void 0) return flag;
  if (env["NO_COLOR"]) return false;
  if (env["FORCE_COLOR"] !== void 0 && env["FORCE_COLOR"] !== "") return env["FORCE_COLOR"] !== "0";
  if (env["NODE_DISABLE_COLORS"] || env["TERM"] === "dumb") return false;
  return Boolean(stream.isTTY);
}
var Progress = class {
  constructor(stream = process.stderr, enabled = Boolean(process.stderr.isTTY) && !process.env["CI"], delayMs = 1e3) {
    this.stream = stream;
    this.enabled = enabled;
    this.delayMs = delayMs;
  }
  stream;
  enabled;
  delayMs;
  lastDraw = 0;
  shown = false;
  startedAt = performance.now();
  update(text) {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.startedAt < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    this.stream.write(`\r\x1B[2K${text}`);
  }
  clear() {
    if (this.shown) this.stream.write("\r\x1B[2K");
    this.shown = false;
  }
};

// src/cli/report-output.ts
function emitResult(ctx, raw, flags, scope = {}) {
  const result = suppressResult(raw, { ...loadSuppressions(ctx, flags), reportUnused: flags.reportUnused ?? false });
  writeWarnings(ctx, result, flags);
  if (flags.reportUnused) writeUnused(ctx, result.suppression?.unused ?? []);
  emitReport(ctx, result, flags, scope);
}
function writeWarnings(ctx, result, flags) {
  if (!flags.quiet) for (const warning of result.stats.warnings) ctx.stderr.write(`leakgate: warning: ${escapeControls(warning)}
`);
}
function emitReport(ctx, result, flags, scope = {}) {
  const options = {
    color: false,
    quiet: flags.quiet ?? false,
    rules: createRuleCatalog(scope.config?.rules),
    now: /* @__PURE__ */ new Date(),
    width: reportWidth(ctx),
    ...commitOf(ctx.env)
  };
  for (const target of flags.report ?? []) writeReport(ctx, target.file, formatReport(target.format, result, options));
  const format = flags.format ?? (ctx.env["GITHUB_ACTIONS"] === "true" && !flags.output ? "github" : "text");
  if (flags.output) {
    writeReport(ctx, flags.output, formatReport(format, result, options));
    if (!flags.quiet) ctx.stderr.write(`${summaryLine(result)} \xB7 report written to ${flags.output}
`);
  } else {
    const color = format === "text" && shouldColor(flags.color, ctx.stdout, ctx.env);
    ctx.stdout.write(formatReport(format, result, { ...options, color }));
    if (format === "github") appendStepSummary(ctx, result);
  }
  ctx.exitCode = failingFindings(result, flags.failOn) > 0 ? flags.exitCode : 0;
}
function loadSuppressions(ctx, flags) {
  const options = {};
  const ignore = flags.ignoreFile === false ? void 0 : flags.ignoreFile ? loadIgnoreFileSync(flags.ignoreFile, { cwd: ctx.cwd }) : loadNearestIgnoreFileSync(ctx.cwd, { cwd: ctx.cwd });
  if (ignore) options.ignore = ignore;
  if (flags.baseline) options.baseline = loadBaselineSync(flags.baseline, { cwd: ctx.cwd });
  return options;
}
function failingFindings(result, failOn = "info") {
  const threshold = SEVERITIES.indexOf(failOn);
  return result.findings.filter((finding) => SEVERITIES.indexOf(finding.severity) <= threshold).length;
}
function writeReport(ctx, file, text) {
  try {
    writeFileSync2(resolve5(ctx.cwd, file), text);
  } catch (error2) {
    throw new LeakgateError(`cannot write ${file}: ${describeFsError(error2, "write")}`);
  }
}
function writeUnused(ctx, unused) {
  for (const entry of unused) {
    if (entry.source === "ignore-file") {
      const reason = entry.reason ? ` (${entry.reason})` : "";
      ctx.stderr.write(`leakgate: unused: ${entry.file}:${entry.line}: ${entry.fingerprint}${reason} matches no finding
`);
    } else {
      const of = entry.count !== void 0 && entry.count > 1 ? ` (${entry.unused} of ${entry.count})` : "";
      ctx.stderr.write(`leakgate: unused: ${entry.file}: ${entry.fingerprint} ${entry.ruleId} in ${entry.path} matches no finding${of}
`);
    }
  }
  ctx.stderr.write(
    unused.length === 0 ? "leakgate: no unused suppression entries\n" : `leakgate: ${unused.length} unused suppression ${unused.length === 1 ? "entry" : "entries"}: delete ${unused.length === 1 ? "it" : "them"}, or rewrite the baseline with \`leakgate baseline\`
`
  );
}
function appendStepSummary(ctx, result) {
  const file = ctx.env["GITHUB_STEP_SUMMARY"];
  if (!file) return;
  try {
    appendFileSync(file, formatGithubStepSummary(result));
  } catch (error2) {
    ctx.stderr.write(`leakgate: warning: cannot write the job summary: ${describeFsError(error2, "write")}
`);
  }
}
function reportWidth(ctx) {
  if (ctx.stdout.isTTY && ctx.stdout.columns > 0) return ctx.stdout.columns;
  const columns = Number(ctx.env["COLUMNS"]);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_WIDTH;
}
function commitOf(env) {
  const sha = env["CI_COMMIT_SHA"] || env["GITHUB_SHA"];
  return sha ? { commitSha: sha } : {};
}

// src/cli/commands/scan.ts
init_file_cache();
init_load2();
init_errors();
init_paths();
init_sort_findings();
import { existsSync as existsSync8, statSync as statSync5 } from "node:fs";
import { dirname as dirname8, resolve as resolve11 } from "node:path";

// src/sources/stdin.ts
init_load2();
init_decode();
import { resolve as resolve7 } from "node:path";
var STDIN_NAME = "<stdin>";
async function scanStream(stream, options) {
  const started = performance.now();
  const { config: config2 } = options;
  const name = options.name ?? STDIN_NAME;
  const maxFileSize = options.maxFileSize ?? config2.maxFileSize;
  const findings = [];
  const skipped = [];
  const warnings = [...config2.warnings];
  const result = (files, bytes2) => ({
    findings,
    stats: { files, bytes: bytes2, durationMs: performance.now() - started, findings: findings.length, skipped, warnings }
  });
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size <= maxFileSize) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  if (options.name !== void 0 && createExcludeMatcher(config2)(resolve7(options.cwd ?? process.cwd(), name))) {
    warnings.push(`${name} is excluded by the config (exclude); the input was not scanned`);
    return result(0, 0);
  }
  if (size > maxFileSize) {
    skipped.push({ file: name, reason: "too-large", detail: `${size} bytes` });
    return result(0, 0);
  }
  const bytes = Buffer.concat(chunks);
  const decoded = decodeBytes(bytes);
  if (!decoded) {
    skipped.push({ file: name, reason: "binary" });
    return result(0, 0);
  }
  const scanned = createEngine(config2).scanText(decoded.text, {
    path: name,
    origin: "text",
    redact: options.redact ?? true,
    minConfidence: options.minConfidence ?? config2.minConfidence
  });
  findings.push(...scanned);
  return result(1, bytes.length);
}

// src/cli/commands/scan.ts
init_types();

// src/cli/context.ts
init_size();
init_types();
function processContext() {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, exitCode: 0 };
}
var EXAMPLE_REPORT_FILE = {
  text: "leakgate.txt",
  json: "leakgate.json",
  sarif: "leakgate.sarif",
  gitlab: "gl-secret-detection-report.json",
  junit: "leakgate-junit.xml",
  github: "leakgate-annotations.txt"
};
var parseArg = {
  integer(min, max) {
    return (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
      return n;
    };
  },
  size(value) {
    const bytes = parseSize(value);
    if (bytes === void 0) throw new InvalidArgumentError("expected a size such as 5MiB, 500k or 1048576");
    return bytes;
  },
  /** `--report FORMAT=FILE`, repeatable: collects every target. */
  reportTarget(value, previous = []) {
    const at = value.indexOf("=");
    const format = at < 0 ? value : value.slice(0, at);
    const file = at < 0 ? "" : value.slice(at + 1);
    if (!isFormatName(format)) throw new InvalidArgumentError(`expected FORMAT=FILE with FORMAT one of ${FORMAT_NAMES.join(", ")}`);
    if (file === "") throw new InvalidArgumentError(`expected FORMAT=FILE, e.g. ${format}=${EXAMPLE_REPORT_FILE[format]}`);
    return [...previous, { format, file }];
  },
  confidence(value) {
    if (!CONFIDENCES.includes(value)) throw new InvalidArgumentError(`expected one of ${CONFIDENCES.join(", ")}`);
    return value;
  }
};

// src/cli/shard-option.ts
init_errors();
init_shard();
function addShardOption(command, by) {
  return command.option("--shard <k/n>", `scan only shard K of N (by ${by}); join the JSON reports with \`leakgate merge\``, (value) => {
    try {
      return parseShard(value);
    } catch (error2) {
      if (error2 instanceof LeakgateError) throw new InvalidArgumentError(error2.message);
      throw error2;
    }
  });
}

// src/cli/commands/scan.ts
function addConfigOptions(command) {
  return command.option("-c, --config <file>", "config file for every path (default: for each path, the nearest config from it up to its repository root)").option("--no-config", "ignore config files: built-in rules and defaults only").option("--max-file-size <size>", "skip (and report) larger files, e.g. 5MiB", parseArg.size).option("--min-confidence <level>", "lowest confidence reported: high, medium or low", parseArg.confidence).option("--max-archive-depth <n>", "open zip, jar, tar, tar.gz and gz files, and archives inside them down to this depth; 0 does not open archives (default: 3)", parseArg.integer(0, 16));
}
function addIgnoreFileOptions(command) {
  return command.option("--ignore-file <file>", "ignore file of finding fingerprints (default: the nearest .leakgateignore to what is scanned, up to the repository root)").option("--no-ignore-file", "do not apply any .leakgateignore");
}
function addCommonScanOptions(command) {
  addConfigOptions(addReportOptions(command)).option("--no-redact", "print secrets in full (never do this in CI logs)").option("--exit-code <n>", "exit code when there are findings", parseArg.integer(0, 255), 1).addOption(new Option("--fail-on <severity>", "lowest severity that fails the run; findings below it are still reported").choices(SEVERITIES)).option("--baseline <file>", "report only findings that are not in this baseline (see `leakgate baseline`)");
  return addIgnoreFileOptions(command).option("--report-unused", "list .leakgateignore and baseline entries that match no finding").option("-q, --quiet", "print findings only: no summary, skips or warnings").option("--color", "force colour").option("--no-color", "disable colour (NO_COLOR is honoured too)");
}
function addReportOptions(command) {
  return command.addOption(new Option("-f, --format <format>", "report format (default: text; github inside GitHub Actions)").choices(FORMAT_NAMES)).option("-o, --output <file>", "write the report to a file instead of stdout").option("--report <format=file>", "also write a report in FORMAT to FILE (repeatable), e.g. sarif=leakgate.sarif", parseArg.reportTarget);
}
function addTreeOptions(command) {
  return command.option("--threads <n>", "worker threads (default: one per core, up to 4)", parseArg.integer(1, 64)).option("--no-gitignore", "also scan files that .gitignore excludes").option("--follow-symlinks", "follow symbolic links (loops are detected and skipped; links leading outside the scanned folders are reported, not followed)").option("--follow-external-symlinks", "with --follow-symlinks, also follow links leading outside the scanned folders");
}
function configOptions(ctx, flags) {
  if (flags.config === false) return { cwd: ctx.cwd, noConfig: true };
  return { cwd: ctx.cwd, ...flags.config ? { configFile: flags.config } : {} };
}
function isStdinPath(path) {
  return path === "-" || path === "/dev/stdin";
}
function configGroups(ctx, paths, flags, stdinName) {
  if (flags.config !== void 0) return [{ config: loadConfigSync(configOptions(ctx, flags)), paths: [...paths] }];
  const byFile = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const from = resolve11(ctx.cwd, isStdinPath(path) ? stdinName ?? "." : path);
    const key = findConfigFileSync(from, { shownFrom: ctx.cwd }) ?? "";
    const group = byFile.get(key);
    if (group) group.paths.push(path);
    else byFile.set(key, { from, paths: [path] });
  }
  return [...byFile.values()].map(({ from, paths: grouped }) => ({ config: loadConfigSync({ cwd: ctx.cwd, from }), paths: grouped }));
}
function treeIgnoreFile(ctx, paths, flags) {
  if (flags.ignoreFile !== void 0) return flags.ignoreFile;
  const found = new Set(
    paths.map((path) => {
      const target = resolve11(ctx.cwd, isStdinPath(path) ? flags.stdinFilename ?? "." : path);
      return findIgnoreFile(existsSync8(target) && statSync5(target).isFile() ? dirname8(target) : target) ?? "";
    })
  );
  if (found.size !== 1) return void 0;
  const [file] = found;
  return file || false;
}
async function scanRoots(ctx, paths, flags) {
  const results = [];
  const rules = /* @__PURE__ */ new Map();
  for (const group of configGroups(ctx, paths, flags, flags.stdinFilename)) {
    for (const rule of group.config.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    const treePaths = group.paths.filter((path) => !isStdinPath(path));
    if (treePaths.length < group.paths.length) results.push(await scanStdin(ctx, group.config, flags));
    if (treePaths.length > 0) results.push(await scanTree(ctx, treePaths, group.config, flags));
  }
  return { result: results.length === 1 ? results[0] : mergeResults(results), rules: [...rules.values()] };
}
async function scanStdin(ctx, config2, flags) {
  if (!ctx.stdin && process.stdin.isTTY) throw new LeakgateError("- reads the text to scan from stdin, but stdin is a terminal: pipe the text in (\u2026 | leakgate scan -)");
  return scanStream(ctx.stdin ?? process.stdin, {
    config: config2,
    cwd: ctx.cwd,
    redact: flags.redact,
    ...flags.stdinFilename !== void 0 ? { name: toPosix(flags.stdinFilename) } : {},
    ...flags.maxFileSize !== void 0 ? { maxFileSize: flags.maxFileSize } : {},
    ...flags.minConfidence !== void 0 ? { minConfidence: flags.minConfidence } : {}
  });
}
function mergeResults(results) {
  const findings = results.flatMap((result) => result.findings);
  sortFindings(findings);
  const sum = (key) => results.reduce((total, result) => total + result.stats[key], 0);
  return {
    findings,
    stats: {
      files: sum("files"),
      bytes: sum("bytes"),
      durationMs: sum("durationMs"),
      findings: findings.length,
      skipped: results.flatMap((result) => result.stats.skipped),
      warnings: [...new Set(results.flatMap((result) => result.stats.warnings))]
    }
  };
}
async function scanTree(ctx, paths, config2, flags) {
  const { scanPaths: scanPaths2 } = await Promise.resolve().then(() => (init_tree(), tree_exports));
  const progress = new Progress(ctx.stderr, Boolean(ctx.stderr.isTTY) && !ctx.env["CI"] && !flags.quiet);
  const result = await scanPaths2(paths, {
    config: config2,
    cwd: ctx.cwd,
    redact: flags.redact,
    gitignore: flags.gitignore,
    followSymlinks: (flags.followSymlinks ?? false) || (flags.followExternalSymlinks ?? false),
    followExternalSymlinks: flags.followExternalSymlinks ?? false,
    ...flags.threads !== void 0 ? { threads: flags.threads } : {},
    ...flags.shard ? { shard: flags.shard } : {},
    ...flags.cache ? { cacheFile: cacheFilePath(ctx.cwd, flags.cacheLocation) } : {},
    ...flags.maxArchiveDepth !== void 0 ? { maxArchiveDepth: flags.maxArchiveDepth } : {},
    ...flags.maxFileSize !== void 0 ? { maxFileSize: flags.maxFileSize } : {},
    ...flags.minConfidence !== void 0 ? { minConfidence: flags.minConfidence } : {},
    onProgress: ({ files, bytes }) => progress.update(`scanning\u2026 ${files} files, ${(bytes / 1048576).toFixed(1)} MiB`)
  });
  progress.clear();
  return result;
}
function registerScan(program2, ctx) {
  const command = program2.command("scan", { isDefault: true }).description("scan files and folders for hardcoded secrets (the default command)").argument("[paths...]", "files and folders to scan; - reads stdin", ["."]);
  addShardOption(addTreeOptions(addCommonScanOptions(command)), "path").option("--cache", "remember each file's findings; a later scan reads only files that changed (any rule or config change starts over)").option("--cache-location <path>", `the cache file, or a folder to hold it (default: ${DEFAULT_CACHE_FILE} in the current folder)`).option("--stdin-filename <name>", `name for the text read from stdin, in reports and for path rules and excludes (default: ${STDIN_NAME})`).action(async (paths, flags) => {
    const ignoreFile = treeIgnoreFile(ctx, paths, flags);
    const { result, rules } = await scanRoots(ctx, paths, flags);
    emitResult(ctx, result, { ...flags, ...ignoreFile !== void 0 ? { ignoreFile } : {} }, { config: { rules } });
  });
}

// src/cli/commands/baseline.ts
function registerBaseline(program2, ctx) {
  const command = program2.command("baseline").description("record the current findings as a baseline, so `--baseline FILE` reports only new ones").argument("[paths...]", "files and folders to scan", ["."]).option("-o, --output <file>", "baseline file to write", DEFAULT_BASELINE_FILE).option("-q, --quiet", "no summary or warnings");
  addTreeOptions(addIgnoreFileOptions(addConfigOptions(command))).action(async (paths, flags) => {
    const ignoreFile = treeIgnoreFile(ctx, paths, flags);
    const suppressions = loadSuppressions(ctx, ignoreFile !== void 0 ? { ignoreFile } : {});
    const { result } = await scanRoots(ctx, paths, { ...flags, redact: true });
    const outcome = applySuppressions(result.findings, suppressions);
    if (!flags.quiet) for (const warning of [...result.stats.warnings, ...outcome.warnings]) ctx.stderr.write(`leakgate: warning: ${warning}
`);
    const baseline = createBaseline(outcome.findings);
    writeBaselineSync(flags.output, baseline, { cwd: ctx.cwd });
    if (!flags.quiet) {
      const n = outcome.findings.length;
      ctx.stderr.write(`leakgate: baseline of ${n} finding${n === 1 ? "" : "s"} (${baseline.entries.length} entries) written to ${flags.output}
`);
    }
    ctx.exitCode = 0;
  });
}

// src/cli/commands/history.ts
init_load2();
init_errors();
import { resolve as resolve13 } from "node:path";

// src/sources/git/history.ts
init_load2();
init_shard();
init_texts();
init_sort_findings();
init_worker_pool();
import { availableParallelism as availableParallelism2 } from "node:os";
import { join as join6 } from "node:path";

// src/sources/git/attribution.ts
init_texts();
function findingKey(finding, path) {
  return hash53(`${finding.fingerprint}\0${finding.snippet ?? ""}\0${archiveEntryOf(finding.file, path)}`);
}
function hash53(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const code2 = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code2, 2654435761);
    h2 = Math.imul(h2 ^ code2, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
function planAttribution(index, hasFindings, isExcludedPath) {
  const candidates = [];
  const addingCommits = /* @__PURE__ */ new Set();
  const comparedBlobs = /* @__PURE__ */ new Map();
  for (let i = 0; i < index.eventCount; i++) {
    const blob = index.newBlobOf(i);
    if (blob < 0 || !hasFindings(blob)) continue;
    const event = index.event(i);
    if (isExcludedPath(event.path)) continue;
    candidates.push(i);
    const present = event.oldBlobs.filter((old) => old >= 0);
    for (const old of present) comparedBlobs.set(old, event.path);
    if (present.length === 0) addingCommits.add(event.commit);
  }
  const deletions = /* @__PURE__ */ new Map();
  if (addingCommits.size > 0) {
    for (let i = 0; i < index.eventCount; i++) {
      if (index.newBlobOf(i) >= 0 || !addingCommits.has(index.commitOf(i))) continue;
      const event = index.event(i);
      if (isExcludedPath(event.path)) continue;
      const list = deletions.get(event.commit) ?? [];
      for (const old of event.oldBlobs) {
        if (old < 0) continue;
        list.push(old);
        comparedBlobs.set(old, event.path);
      }
      deletions.set(event.commit, list);
    }
  }
  return { candidates, deletions, comparedBlobs };
}
function attribute(index, plan, keysOf) {
  const introductions = [];
  for (const eventIndex of plan.candidates) {
    const event = index.event(eventIndex);
    const present = event.oldBlobs.filter((old) => old >= 0);
    const before = /* @__PURE__ */ new Map();
    if (present.length > 0) {
      for (const old of present) {
        for (const [key, count2] of countOf(keysOf(old) ?? [])) before.set(key, Math.max(before.get(key) ?? 0, count2));
      }
    } else {
      for (const deleted of plan.deletions.get(event.commit) ?? []) {
        for (const [key, count2] of countOf(keysOf(deleted) ?? [])) before.set(key, (before.get(key) ?? 0) + count2);
      }
    }
    const indexes = unmatched(before, keysOf(event.newBlob) ?? []);
    if (indexes.length > 0) introductions.push({ event, indexes });
  }
  return introductions;
}
function countOf(items) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const item of items) counts2.set(item, (counts2.get(item) ?? 0) + 1);
  return counts2;
}
function unmatched(before, after) {
  const positions = [];
  after.forEach((item, position) => {
    const left = before.get(item) ?? 0;
    if (left > 0) before.set(item, left - 1);
    else positions.push(position);
  });
  return positions;
}

// src/sources/git/blob-scanner.ts
init_texts();
init_decode();

// src/sources/git/delta.ts
var MIN_SPLIT = 512;
var ANCHOR = 128;
var MAX_DEPTH = 24;
var ANCHOR_POSITIONS = [0.5, 0.25, 0.75];
var LF2 = 10;
function changedRanges(previous, current) {
  const out = [];
  split(previous, 0, previous.length, current, 0, current.length, out, 0);
  return out;
}
function split(old, os, oe, cur, cs, ce, out, depth) {
  const prefix = commonPrefix(old, os, oe, cur, cs, ce);
  os += prefix;
  cs += prefix;
  const suffix = commonSuffix(old, os, oe, cur, cs, ce);
  oe -= suffix;
  ce -= suffix;
  if (cs >= ce && os >= oe) return;
  if (ce - cs < MIN_SPLIT || oe - os < MIN_SPLIT || depth >= MAX_DEPTH) {
    out.push([cs, ce]);
    return;
  }
  for (const fraction of ANCHOR_POSITIONS) {
    const lineEnd2 = cur.indexOf(LF2, cs + Math.floor((ce - cs) * fraction));
    if (lineEnd2 === -1 || lineEnd2 + 1 + ANCHOR > ce) continue;
    const anchor = lineEnd2 + 1;
    const at = old.subarray(os, oe).indexOf(cur.subarray(anchor, anchor + ANCHOR));
    if (at === -1) continue;
    const found = os + at;
    split(old, os, found, cur, cs, anchor, out, depth + 1);
    split(old, found, oe, cur, anchor, ce, out, depth + 1);
    return;
  }
  out.push([cs, ce]);
}
function commonPrefix(old, os, oe, cur, cs, ce) {
  const limit = Math.min(oe - os, ce - cs);
  let length = 0;
  let step = 256;
  while (length + step <= limit && cur.compare(old, os + length, os + length + step, cs + length, cs + length + step) === 0) {
    length += step;
    if (step < 65536) step *= 2;
  }
  let high = Math.min(length + step, limit);
  while (length < high) {
    const mid = length + high + 1 >> 1;
    if (cur.compare(old, os + length, os + mid, cs + length, cs + mid) === 0) length = mid;
    else high = mid - 1;
  }
  return length;
}
function commonSuffix(old, os, oe, cur, cs, ce) {
  const limit = Math.min(oe - os, ce - cs);
  let length = 0;
  let step = 256;
  while (length + step <= limit && cur.compare(old, oe - length - step, oe - length, ce - length - step, ce - length) === 0) {
    length += step;
    if (step < 65536) step *= 2;
  }
  let high = Math.min(length + step, limit);
  while (length < high) {
    const mid = length + high + 1 >> 1;
    if (cur.compare(old, oe - mid, oe - length, ce - mid, ce - length) === 0) length = mid;
    else high = mid - 1;
  }
  return length;
}
function regionsAround(content, ranges, margin) {
  const regions = [];
  for (const [start, end] of ranges) {
    let from = lineStart(content, start);
    for (let n = 0; n < margin && from > 0; n++) from = lineStart(content, from - 1);
    let to = lineEnd(content, end > start ? end - 1 : start);
    for (let n = 0; n < margin && to < content.length; n++) to = lineEnd(content, to);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}
function lineStart(content, offset) {
  if (offset <= 0) return 0;
  return content.lastIndexOf(LF2, offset - 1) + 1;
}
function lineEnd(content, offset) {
  const newline = content.indexOf(LF2, offset);
  return newline === -1 ? content.length : newline + 1;
}

// src/sources/git/blob-scanner.ts
var MARGIN_WINDOW_LIMIT = 2;
function contextLines(rules) {
  let widest = 0;
  for (const rule of rules) {
    const span2 = windowSpan(rule);
    if (span2 <= MARGIN_WINDOW_LIMIT) widest = Math.max(widest, span2);
  }
  return 1 + widest;
}
function windowSpan(rule) {
  return (rule.window?.before ?? 0) + (rule.window?.after ?? 0);
}
var VersionScanner = class {
  constructor(engine, options, incremental = true) {
    this.engine = engine;
    this.options = options;
    this.incremental = incremental;
    this.windowKeywords = wideWindowKeywords(engine.rules);
    this.contextLines = contextLines(engine.rules);
  }
  engine;
  options;
  incremental;
  previous;
  /** One case-insensitive alternation of the wide-window rules' keywords (undefined when there are none). */
  windowKeywords;
  contextLines;
  /** Bytes actually handed to the engine (for the benchmark). */
  scannedBytes = 0;
  /** Forget the previous version (the next blob starts a new sequence). */
  reset() {
    this.previous = void 0;
  }
  scan(object, path) {
    const skip = skipReason(object, path, this.options);
    if (skip) return { skip };
    const content = object.content;
    if (opensAsArchive(path, this.options.archives)) {
      this.previous = void 0;
      return this.scanArchive(content, path, this.options.archives);
    }
    const encoding = sniffEncoding(content);
    if (encoding === "binary") return { skip: { file: path, reason: "binary", detail: `blob ${object.oid.slice(0, 12)}` } };
    if (encoding !== "utf-8") {
      this.previous = void 0;
      this.scannedBytes += content.length;
      return { findings: scanText(this.engine, decodeAs(content, encoding), path, this.options), bytes: content.length, encoding };
    }
    const previous = this.previous;
    let findings;
    let windowKeyword;
    if (this.incremental && previous && previous.path === path && previous.clean && !previous.windowKeyword) {
      const regions = regionsAround(content, changedRanges(previous.content, content), this.contextLines);
      windowKeyword = regions.some(([start, end]) => this.holdsWindowKeyword(content, start, end));
      findings = windowKeyword || this.regionsHaveFindings(content, regions, path) ? this.scanWhole(content, path) : [];
    } else {
      findings = this.scanWhole(content, path);
      windowKeyword = this.incremental && this.holdsWindowKeyword(content, 0, content.length);
    }
    this.previous = { path, content, clean: findings.length === 0, windowKeyword };
    return { findings, bytes: content.length, encoding };
  }
  scanArchive(content, path, archives) {
    const findings = [];
    const skipped = [];
    let bytes = 0;
    for (const entry of archiveTexts(content, path, path, archives, this.options.maxFileSize)) {
      if ("skip" in entry) {
        skipped.push(entry.skip);
        continue;
      }
      bytes += entry.bytes;
      for (const finding of scanText(this.engine, entry.text, entry.rulePath, this.options)) findings.push({ ...finding, file: entry.file });
    }
    this.scannedBytes += bytes;
    return { findings, bytes: content.length, encoding: "utf-8", archive: true, skipped };
  }
  scanWhole(content, path) {
    this.scannedBytes += content.length;
    return scanText(this.engine, decodeAs(content, "utf-8"), path, this.options);
  }
  regionsHaveFindings(content, regions, path) {
    for (const [start, end] of regions) {
      this.scannedBytes += end - start;
      if (scanText(this.engine, decodeAs(content.subarray(start, end), "utf-8"), path, this.options).length > 0) return true;
    }
    return false;
  }
  holdsWindowKeyword(content, start, end) {
    return this.windowKeywords !== void 0 && this.windowKeywords.test(content.toString("latin1", start, end));
  }
};
function wideWindowKeywords(rules) {
  const keywords = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (windowSpan(rule) > MARGIN_WINDOW_LIMIT) for (const keyword of rule.keywords) keywords.add(keyword.toLowerCase());
  }
  if (keywords.size === 0) return void 0;
  return new RegExp([...keywords].map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i");
}
function skipReason(object, path, options) {
  const detail = `blob ${object.oid.slice(0, 12)}`;
  if (object.missing) return { file: path, reason: "unreadable", detail: `${detail} is missing from this clone` };
  if (object.tooLarge || object.size > options.maxFileSize) return { file: path, reason: "too-large", detail: `${object.size} bytes, ${detail}` };
  return void 0;
}
function scanText(engine, text, path, options) {
  return engine.scanText(text, { path, origin: options.origin, redact: options.redact, minConfidence: options.minConfidence });
}
async function scanBlobBatch(scanner, reader, tasks, options = {}) {
  const result = { found: [], skipped: [], files: 0, bytes: 0 };
  scanner.reset();
  let index = 0;
  await reader.read(
    tasks.map((task) => task.oid),
    (object) => {
      const task = tasks[index++];
      const scanned = scanner.scan(object, task.path);
      if ("skip" in scanned) {
        result.skipped.push(scanned.skip);
        return;
      }
      result.files += 1;
      result.bytes += scanned.bytes;
      for (const skip of scanned.skipped ?? []) result.skipped.push(skip);
      if (scanned.findings.length === 0) return;
      const keys = scanned.findings.map((finding) => findingKey(finding, task.path));
      const found = { oid: task.oid, findings: options.keysOnly ? [] : scanned.findings, keys };
      if (scanned.encoding !== "utf-8") found.encoding = scanned.encoding;
      if (scanned.archive) found.archive = true;
      result.found.push(found);
    }
  );
  return result;
}

// src/sources/git/history-index.ts
var Interner = class {
  ids = /* @__PURE__ */ new Map();
  values = [];
  intern(value) {
    let id = this.ids.get(value);
    if (id === void 0) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
  get(value) {
    return this.ids.get(value);
  }
  get size() {
    return this.values.length;
  }
};
var IntColumn = class {
  data = new Int32Array(1024);
  length = 0;
  push(value) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  at(index) {
    return this.data[index];
  }
};
var HistoryIndex = class {
  blobs = new Interner();
  paths = new Interner();
  commits = new Interner();
  commitCol = new IntColumn();
  pathCol = new IntColumn();
  newCol = new IntColumn();
  oldStartCol = new IntColumn();
  oldCountCol = new IntColumn();
  olds = new IntColumn();
  addEvent(event) {
    this.commitCol.push(event.commit);
    this.pathCol.push(event.path);
    this.newCol.push(event.newBlob);
    this.oldStartCol.push(this.olds.length);
    this.oldCountCol.push(event.oldBlobs.length);
    for (const old of event.oldBlobs) this.olds.push(old);
  }
  get eventCount() {
    return this.commitCol.length;
  }
  newBlobOf(index) {
    return this.newCol.at(index);
  }
  commitOf(index) {
    return this.commitCol.at(index);
  }
  event(index) {
    const start = this.oldStartCol.at(index);
    const count2 = this.oldCountCol.at(index);
    const oldBlobs = [];
    for (let i = 0; i < count2; i++) oldBlobs.push(this.olds.at(start + i));
    return { commit: this.commitCol.at(index), path: this.pathCol.at(index), newBlob: this.newCol.at(index), oldBlobs };
  }
};

// src/sources/git/messages.ts
init_process();
var COMMIT_MESSAGE_PATH = "<commit-message>";
var tagMessagePath = (tag) => `<tag-message ${tag}>`;
var NUL = 0;
var SIGNATURE = /-----BEGIN (?:PGP|SSH) SIGNATURE-----[\s\S]*$/;
function commitMessages(git2, revisionArgs, onMessage) {
  const args = ["log", "-z", "--no-color", "--format=%H%x00%an%x00%ae%x00%aI%x00%B", ...revisionArgs, "--"];
  return readRecords(git2, args, 5, ([oid = "", name = "", email2 = "", date2 = "", text = ""]) => {
    onMessage({ path: COMMIT_MESSAGE_PATH, oid, author: author(name, email2), date: date2, text });
  });
}
function tagMessages(git2, onMessage) {
  const format = "%(objecttype)%00%(objectname)%00%(refname:strip=2)%00%(taggername)%00%(taggeremail:trim)%00%(taggerdate:iso-strict)%00%(contents)%00";
  return readRecords(git2, ["for-each-ref", `--format=${format}`, "refs/tags"], 7, ([type, oid = "", tag = "", name = "", email2 = "", date2 = "", text = ""]) => {
    if (type === "tag") onMessage({ path: tagMessagePath(tag), oid, author: author(name, email2), date: date2, text: text.replace(SIGNATURE, "") });
  });
}
async function readRecords(git2, args, size, onRecord) {
  const proc = spawnGit(args, git2);
  proc.child.stdin.end();
  let fields = [];
  await Promise.all([
    forEachRecord(proc.stdout, NUL, (token) => {
      fields.push(fields.length === 0 ? token.replace(/^\n/, "") : token);
      if (fields.length < size) return;
      onRecord(fields);
      fields = [];
    }),
    proc.done
  ]);
}
function author(name, email2) {
  return email2 ? `${name} <${email2}>` : name;
}
async function scanMessages(git2, engine, selection, options) {
  const findings = [];
  const scan = (message) => {
    if (message.text === "") return;
    const found = engine.scanText(message.text, { path: message.path, origin: "history", redact: options.redact, minConfidence: options.minConfidence });
    for (const finding of found) findings.push({ ...finding, commit: message.oid, author: message.author, date: message.date });
  };
  await commitMessages(git2, selection.revisionArgs, scan);
  if (selection.tags) await tagMessages(git2, scan);
  return findings;
}

// src/sources/git/submodules.ts
var GITLINK_MODE = "160000";
function submoduleNote(path) {
  return `submodule ${path} is not scanned (its history is another repository): run leakgate history -C ${path} after git submodule update --init`;
}

// src/sources/git/object-reader.ts
init_process();
var LF3 = 10;
var BatchOutputParser = class {
  constructor(onObject, maxSize = Number.POSITIVE_INFINITY) {
    this.onObject = onObject;
    this.maxSize = maxSize;
  }
  onObject;
  maxSize;
  header;
  current;
  /** Bytes of the current object still to come, its trailing LF included. */
  remaining = 0;
  filled = 0;
  push(chunk) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.current) {
        offset = this.consumeBody(chunk, offset);
        continue;
      }
      const newline = chunk.indexOf(LF3, offset);
      if (newline === -1) {
        const rest = chunk.subarray(offset);
        this.header = this.header ? Buffer.concat([this.header, rest]) : Buffer.from(rest);
        return;
      }
      let line = chunk.toString("latin1", offset, newline);
      if (this.header) {
        line = this.header.toString("latin1") + line;
        this.header = void 0;
      }
      offset = newline + 1;
      const parts = line.split(" ");
      const oid = parts[0] ?? "";
      if (parts.length !== 3) {
        this.onObject({ oid, type: "", size: 0, content: void 0, missing: true, tooLarge: false });
        continue;
      }
      const size = Number(parts[2]);
      const type = parts[1];
      const available = chunk.length - offset;
      if (size <= this.maxSize && available >= size + 1) {
        this.onObject({ oid, type, size, content: chunk.subarray(offset, offset + size), missing: false, tooLarge: false });
        offset += size + 1;
        continue;
      }
      this.current = { oid, type, size, buffer: size <= this.maxSize ? Buffer.allocUnsafe(size) : void 0 };
      this.remaining = size + 1;
      this.filled = 0;
    }
  }
  /** Whether the parser is between objects (nothing half-read). */
  get idle() {
    return !this.current && !this.header;
  }
  consumeBody(chunk, offset) {
    const current = this.current;
    const take = Math.min(this.remaining, chunk.length - offset);
    if (current.buffer) {
      const copy = Math.min(take, current.size - this.filled);
      if (copy > 0) chunk.copy(current.buffer, this.filled, offset, offset + copy);
      this.filled += Math.max(copy, 0);
    }
    this.remaining -= take;
    if (this.remaining === 0) {
      this.current = void 0;
      this.onObject({
        oid: current.oid,
        type: current.type,
        size: current.size,
        content: current.buffer,
        missing: false,
        tooLarge: current.buffer === void 0
      });
    }
    return offset + take;
  }
};
var ObjectReader = class {
  proc;
  queue = [];
  failure;
  closed = false;
  constructor(options) {
    this.proc = spawnGit([...options.capCaches ? BULK_READ_CONFIG : [], "cat-file", "--batch"], options);
    const parser = new BatchOutputParser((object) => this.deliver(object), options.maxSize);
    this.proc.stdout.on("data", (chunk) => {
      try {
        parser.push(chunk);
      } catch (error2) {
        this.fail(error2);
      }
    });
    this.proc.done.then(
      () => this.fail(new Error("git cat-file --batch exited early")),
      (error2) => this.fail(error2)
    );
  }
  /**
   * Reads objects in order, calling `onObject` synchronously for each as it arrives (the Buffer
   * may be a view into git's output: copy it to keep it past the call). Reads may overlap; each
   * is answered in the order it was asked.
   */
  read(oids, onObject) {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("object reader is closed"));
    if (oids.length === 0) return Promise.resolve();
    return new Promise((resolve17, reject) => {
      this.queue.push({ left: oids.length, onObject, resolve: resolve17, reject });
      this.proc.child.stdin.write(`${oids.join("\n")}
`);
    });
  }
  /** One object's bytes, or undefined when it is missing (or too large). */
  async readOne(oid) {
    let found;
    await this.read([oid], (object) => {
      found = { ...object, content: object.content ? Buffer.from(object.content) : void 0 };
    });
    return found;
  }
  /** Ends git's input and waits for it to exit. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    this.proc.child.stdin.end();
    try {
      await this.proc.done;
    } catch (error2) {
      if (!this.failure) throw error2;
    }
  }
  deliver(object) {
    const head = this.queue[0];
    if (!head) throw new Error(`git cat-file sent an object nobody asked for: ${object.oid}`);
    head.onObject(object);
    head.left -= 1;
    if (head.left === 0) {
      this.queue.shift();
      head.resolve();
    }
  }
  fail(error2) {
    if (this.closed && this.queue.length === 0) return;
    this.failure ??= error2;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }
};

// src/sources/git/history.ts
init_process();

// src/sources/git/raw-log.ts
init_process();
var COMMIT_MARK = "";
var NUL2 = 0;
var LOG_ARGS = [
  "log",
  "--raw",
  "-c",
  "--root",
  "--no-renames",
  "--no-abbrev",
  "-z",
  "--format=%x01%H",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv"
];
function isRegularFile(mode) {
  return mode.startsWith("100");
}
function isZeroOid(oid) {
  return /^0+$/.test(oid);
}
async function walkRawLog(git2, revisionArgs, onCommit, onEntry) {
  const proc = spawnGit([...BULK_READ_CONFIG, ...LOG_ARGS, ...revisionArgs, "--"], git2);
  proc.child.stdin.end();
  const parser = new RawLogParser(onCommit, onEntry);
  await Promise.all([forEachRecord(proc.stdout, NUL2, (record) => parser.push(record)), proc.done]);
}
var RawLogParser = class {
  constructor(onCommit, onEntry) {
    this.onCommit = onCommit;
    this.onEntry = onEntry;
  }
  onCommit;
  onEntry;
  header;
  parents = 0;
  push(token) {
    if (this.header) {
      const header2 = this.header;
      this.header = void 0;
      this.emit(header2, token);
      return;
    }
    const text = token.startsWith("\n") ? token.slice(1) : token;
    if (text === "") return;
    if (text.startsWith(COMMIT_MARK)) {
      this.onCommit(text.slice(1));
      return;
    }
    if (text.startsWith(":")) {
      let colons = 0;
      while (text[colons] === ":") colons++;
      this.parents = colons;
      this.header = text.slice(colons).split(" ");
      return;
    }
    throw new Error(`unexpected git log output: ${JSON.stringify(text.slice(0, 80))}`);
  }
  /** `<mode per parent> <new mode> <oid per parent> <new oid> <status>` then the path. */
  emit(fields, path) {
    const parents = this.parents;
    const modes = fields.slice(0, parents + 1);
    const oids = fields.slice(parents + 1, 2 * parents + 2);
    this.onEntry({
      path,
      newMode: modes[parents],
      newOid: oids[parents],
      oldModes: modes.slice(0, parents),
      oldOids: oids.slice(0, parents)
    });
  }
};

// src/sources/git/repository.ts
init_errors();
init_process();
import { existsSync as existsSync9, statSync as statSync6 } from "node:fs";
import { resolve as resolve12 } from "node:path";
async function openRepository(cwd, env = process.env) {
  const dir = resolve12(cwd);
  if (!existsSync9(dir) || !statSync6(dir).isDirectory()) throw new LeakgateError(`not a folder: ${cwd}`);
  const { stdout, status } = await runGitStatus(
    ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", "--show-toplevel", "HEAD^{commit}"],
    { cwd: dir, env }
  );
  const lines = stdout.split("\n");
  if (lines.length < 3 || !lines[2]) throw new LeakgateError(`not a git repository: ${dir}`);
  const bare = lines[0] === "true";
  const topLevel2 = !bare && lines[3] || void 0;
  const head = status === 0 && lines[4] ? lines[4] : void 0;
  return { cwd: dir, env, bare, shallow: lines[1] === "true", gitDir: lines[2], topLevel: topLevel2, head };
}
async function isPartialClone(repo) {
  const out = await tryGitText(["config", "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.promisor)$"], repo);
  return out !== void 0 && out.split("\n").some((line) => !/ false$/i.test(line));
}
async function missingObjects(repo) {
  const out = await gitText(["rev-list", "--objects", "--all", "--missing=print", "--filter=object:type=blob"], repo);
  const missing = /* @__PURE__ */ new Set();
  for (const line of out.split("\n")) if (line.startsWith("?")) missing.add(line.slice(1).trim());
  return missing;
}
async function resolveCommit(repo, revision) {
  if (revision.startsWith("-")) return void 0;
  return tryGitText(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`], repo);
}
async function emptyTree(repo) {
  return gitText(["hash-object", "-t", "tree", "--stdin"], { ...repo, input: "" });
}
async function resolveRevisions(repo, selection) {
  const args = [];
  let description = "all branches and tags";
  if (selection.range && selection.branch) throw new LeakgateError("give either a range or --branch, not both");
  if (selection.range) {
    const range = selection.range;
    const match = /^(.*?)(\.\.\.?)(.*)$/.exec(range);
    const sides = match ? [match[1] || "HEAD", match[3] || "HEAD"] : [range];
    const resolved = [];
    for (const [index, side] of sides.entries()) {
      const commit = await resolveCommit(repo, side);
      if (!commit) throw unknownRevision(repo, side, sides.length > 1 && index === 0);
      resolved.push(commit);
    }
    if (match) {
      const [base, head] = resolved;
      if (match[2] === "...") args.push(head, base, "--not", ...await mergeBases(repo, base, head));
      else args.push(head, "--not", base);
    } else {
      args.push(resolved[0]);
    }
    description = range;
  } else if (selection.branch) {
    const commit = await resolveCommit(repo, selection.branch);
    if (!commit) throw unknownRevision(repo, selection.branch, false);
    args.push(commit);
    description = selection.branch;
  } else {
    args.push("--all");
  }
  if (selection.since) {
    args.push(`--max-age=${await parseSince(repo, selection.since)}`);
    description += ` since ${selection.since}`;
  }
  return { args, description };
}
async function parseSince(repo, since) {
  const before = Math.floor(Date.now() / 1e3);
  const out = await tryGitText(["rev-parse", `--since=${since}`], repo) ?? "";
  const timestamp = Number(/--max-age=(\d+)/.exec(out)?.[1]);
  if (!Number.isFinite(timestamp) || timestamp >= before - 1 && !/\bnow\b/i.test(since)) {
    throw new LeakgateError(`not a date: ${since} (use e.g. 2024-01-31 or "2 weeks ago")`);
  }
  return timestamp;
}
async function mergeBases(repo, a, b) {
  const out = await tryGitText(["merge-base", "--all", a, b], repo);
  if (out === void 0) {
    if (repo.shallow) throw shallowError(`${a.slice(0, 12)}...${b.slice(0, 12)}`);
    return [];
  }
  return out.split("\n").filter(Boolean);
}
function unknownRevision(repo, revision, isBase) {
  if (repo.shallow && (isBase || /^[0-9a-f]{7,64}$/i.test(revision))) return shallowError(revision);
  return new LeakgateError(`unknown revision: ${revision} (not a branch, tag or commit in this repository)`);
}
function shallowError(revision) {
  return new LeakgateError(
    `${revision} is not in this shallow clone: fetch the full history (actions/checkout: fetch-depth: 0) or deepen it (git fetch --deepen=<n>, or git fetch --unshallow)`
  );
}

// src/sources/git/history.ts
var WORKER_URL2 = new URL("./history-worker.js", import.meta.url);
var CHUNK_BLOBS = 4096;
var CHUNK_BYTES = 24 * 1024 * 1024;
var LF4 = 10;
var NUL3 = 0;
var UNSEEN = 0;
var EXCLUDED_ONLY = 1;
var QUEUED = 2;
var OTHER_SHARD = 3;
async function scanHistory(options = {}) {
  const started = performance.now();
  const env = options.env ?? process.env;
  const repo = await openRepository(options.cwd ?? process.cwd(), env);
  const config2 = options.config ?? await loadConfig({ cwd: repo.cwd });
  const revisions = await resolveRevisions(repo, options);
  const scanOptions = {
    redact: options.redact ?? true,
    minConfidence: options.minConfidence ?? config2.minConfidence,
    origin: "history",
    maxFileSize: options.maxFileSize ?? config2.maxFileSize,
    archives: archiveOptions(options.maxArchiveDepth)
  };
  const warnings = [...config2.warnings];
  if (repo.shallow && !options.range) {
    warnings.push(
      "this is a shallow clone: its oldest commits are shown as adding every file they hold; fetch the full history (fetch-depth: 0) for exact attribution"
    );
  }
  const index = new HistoryIndex();
  const pathExcluded = excludedPathCheck(index, config2, repo);
  const skipped = [];
  const found = /* @__PURE__ */ new Map();
  let findings = [];
  let files = 0;
  let bytes = 0;
  const collect = (result) => {
    files += result.files;
    bytes += result.bytes;
    for (const skip of result.skipped) skipped.push(skip);
    for (const blob of result.found) found.set(index.blobs.get(blob.oid), blob.keys);
    options.onProgress?.({ files, bytes });
  };
  const scanner = createBlobScanner(config2, repo, scanOptions, options.threads, collect);
  try {
    const missing = await isPartialClone(repo) ? await missingObjects(repo) : /* @__PURE__ */ new Set();
    const walked = await walkHistory(repo, revisions.args, index, pathExcluded, scanOptions.maxFileSize, missing, options.shard);
    for (const skip of walked.skipped) skipped.push(skip);
    for (const chunk of versionChunks(index, walked)) await scanner.submit(chunk);
    await scanner.drain();
    findings = await attributeFindings(repo, index, walked, found, scanner, pathExcluded, missing);
    await scanner.close();
    const wholeHistory = !options.range && !options.branch && !options.since;
    const messages = await scanMessages(repo, createEngine(config2), { revisionArgs: revisions.args, tags: wholeHistory }, scanOptions);
    for (const finding of messages) findings.push(finding);
    for (const path of walked.submodules) warnings.push(submoduleNote(path));
  } catch (error2) {
    await scanner.abort();
    throw error2;
  }
  findings.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || (a.commit ?? "").localeCompare(b.commit ?? ""));
  sortFindings(findings);
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    findings,
    stats: { files, commits: index.commits.size, bytes, durationMs: performance.now() - started, findings: findings.length, skipped, warnings }
  };
}
async function attributeFindings(repo, index, walked, found, scanner, pathExcluded, missing) {
  const plan = planAttribution(index, (blob) => found.has(blob), pathExcluded);
  const unscanned = [...plan.comparedBlobs].filter(([blob]) => {
    const state = walked.state[blob];
    return (state === void 0 || state === UNSEEN || state === OTHER_SHARD) && !missing.has(index.blobs.values[blob]);
  });
  const compared = await scanner.scanWhole(unscanned.map(([blob, path]) => ({ oid: index.blobs.values[blob], path: index.paths.values[path] })));
  for (const blob of compared.found) found.set(index.blobs.get(blob.oid), blob.keys);
  const introductions = attribute(index, plan, (blob) => found.get(blob));
  if (introductions.length === 0) return [];
  const reported = [...new Set(introductions.map((i) => i.event.newBlob))];
  const rescanned = await scanner.scanWhole(reported.map((blob) => ({ oid: index.blobs.values[blob], path: index.paths.values[walked.scanPath[blob]] })));
  const findingsOf = new Map(rescanned.found.map((blob) => [blob.oid, blob.findings]));
  const commits = await commitDetails(repo, [...new Set(introductions.map((i) => index.commits.values[i.event.commit]))]);
  const findings = [];
  for (const { event, indexes } of introductions) {
    const commit = index.commits.values[event.commit];
    const details = commits.get(commit);
    const file = index.paths.values[event.path];
    const scannedAs = index.paths.values[walked.scanPath[event.newBlob]];
    const blobFindings = findingsOf.get(index.blobs.values[event.newBlob]) ?? [];
    for (const position of indexes) {
      const finding = blobFindings[position];
      if (finding) findings.push({ ...finding, file: file + archiveEntryOf(finding.file, scannedAs), commit, ...details ? { author: details.author, date: details.date } : {} });
    }
  }
  return findings;
}
async function walkHistory(repo, revisionArgs, index, pathExcluded, maxSize, missing, shard) {
  const walked = { queued: [], scanPath: [], size: [], state: [], skipped: [], submodules: /* @__PURE__ */ new Set() };
  const sizes = spawnGit([...BULK_READ_CONFIG, "cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)", "--buffer"], repo);
  const sizesRead = forEachRecord(sizes.stdout, LF4, (line) => {
    const [oid = "", type, size] = line.split(" ");
    const blob = index.blobs.get(oid);
    if (blob === void 0) return;
    const path = index.paths.values[walked.scanPath[blob]];
    if (type === void 0 || size === void 0) {
      walked.skipped.push({ file: path, reason: "unreadable", detail: `blob ${oid.slice(0, 12)} is missing from this clone` });
    } else if (Number(size) > maxSize) {
      walked.skipped.push({ file: path, reason: "too-large", detail: `${size} bytes, blob ${oid.slice(0, 12)}` });
    } else if (type === "blob") {
      walked.size[blob] = Number(size);
    }
  });
  let pendingOids = [];
  const flushOids = () => {
    if (pendingOids.length === 0) return;
    sizes.child.stdin.write(`${pendingOids.join("\n")}
`);
    pendingOids = [];
  };
  let commit = -1;
  const queueBlob = (blob, path) => {
    if (walked.state[blob] === QUEUED || walked.state[blob] === OTHER_SHARD) return;
    if (pathExcluded(path)) {
      walked.state[blob] = EXCLUDED_ONLY;
      return;
    }
    const oid = index.blobs.values[blob];
    if (!holdsObject(shard, oid)) {
      walked.state[blob] = OTHER_SHARD;
      return;
    }
    walked.state[blob] = QUEUED;
    walked.scanPath[blob] = path;
    if (missing.has(oid)) {
      walked.skipped.push({ file: index.paths.values[path], reason: "unreadable", detail: `blob ${oid.slice(0, 12)} is missing from this clone` });
      return;
    }
    walked.queued.push(blob);
    pendingOids.push(oid);
    if (pendingOids.length >= 512) flushOids();
  };
  const onEntry = (entry) => {
    const path = index.paths.intern(entry.path);
    const oldBlobs = entry.oldOids.map((oid, i) => isZeroOid(oid) || !isRegularFile(entry.oldModes[i]) ? -1 : index.blobs.intern(oid));
    if (entry.newMode === GITLINK_MODE) walked.submodules.add(entry.path);
    if (isZeroOid(entry.newOid) || !isRegularFile(entry.newMode)) {
      if (oldBlobs.some((old) => old >= 0)) index.addEvent({ commit, path, newBlob: -1, oldBlobs });
      return;
    }
    const newBlob = index.blobs.intern(entry.newOid);
    index.addEvent({ commit, path, newBlob, oldBlobs });
    queueBlob(newBlob, path);
  };
  try {
    await walkRawLog(repo, revisionArgs, (oid) => commit = index.commits.intern(oid), onEntry);
    flushOids();
    sizes.child.stdin.end();
    await Promise.all([sizesRead, sizes.done]);
  } catch (error2) {
    sizes.child.kill();
    throw error2;
  }
  return walked;
}
function* versionChunks(index, walked) {
  const groups = /* @__PURE__ */ new Map();
  for (const blob of walked.queued) {
    const size = walked.size[blob];
    if (size === void 0) continue;
    const path = walked.scanPath[blob];
    let group = groups.get(path);
    if (!group) groups.set(path, group = { blobs: [], bytes: 0 });
    group.blobs.push(blob);
    group.bytes += size;
  }
  const ordered = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
  let chunk = [];
  let chunkBytes = 0;
  for (const [path, group] of ordered) {
    const pathText = index.paths.values[path];
    for (const blob of group.blobs) {
      chunk.push({ oid: index.blobs.values[blob], path: pathText });
      chunkBytes += walked.size[blob];
      if (chunkBytes >= CHUNK_BYTES || chunk.length >= CHUNK_BLOBS) {
        yield chunk;
        chunk = [];
        chunkBytes = 0;
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}
function excludedPathCheck(index, config2, repo) {
  const matcher = createExcludeMatcher(config2);
  const root = repo.topLevel ?? repo.cwd;
  const answers = [];
  return (path) => answers[path] ??= matcher(join6(root, index.paths.values[path]));
}
var WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
var MAX_DEFAULT_THREADS = 3;
var CHUNKS_AHEAD = 2;
function createBlobScanner(config2, repo, scanOptions, threadsOption, collect) {
  const threads = Math.max(1, threadsOption ?? Math.min(availableParallelism2(), MAX_DEFAULT_THREADS));
  if (threads > 1 && workerScriptExists(WORKER_URL2)) {
    const setup = { rules: config2.rules, allow: config2.allow, scan: scanOptions, git: { cwd: repo.cwd, env: { ...repo.env } } };
    const pool = new WorkerPool(WORKER_URL2, setup, threads, collect, WORKER_LIMITS);
    return {
      submit: async (tasks) => {
        pool.submit({ tasks, whole: false });
        await pool.whenPendingBelow(threads * CHUNKS_AHEAD);
      },
      drain: () => pool.whenPendingBelow(1),
      scanWhole: async (tasks) => {
        const parts = Array.from({ length: threads }, (_, part) => tasks.filter((_task, i) => i % threads === part)).filter((part) => part.length > 0);
        return mergeResults2(await Promise.all(parts.map((part) => pool.request({ tasks: part, whole: true }))));
      },
      close: async () => {
        await pool.finish();
      },
      abort: () => pool.abort()
    };
  }
  const engine = createEngine(config2);
  const versions = new VersionScanner(engine, scanOptions);
  const whole = new VersionScanner(engine, scanOptions, false);
  const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize, capCaches: true });
  return {
    submit: async (tasks) => collect(await scanBlobBatch(versions, reader, tasks, { keysOnly: true })),
    drain: async () => {
    },
    scanWhole: (tasks) => scanBlobBatch(whole, reader, tasks),
    close: () => reader.close(),
    abort: async () => {
      await reader.close().catch(() => {
      });
    }
  };
}
function mergeResults2(results) {
  const merged = { found: [], skipped: [], files: 0, bytes: 0 };
  for (const result of results) {
    merged.found.push(...result.found);
    merged.skipped.push(...result.skipped);
    merged.files += result.files;
    merged.bytes += result.bytes;
  }
  return merged;
}
async function commitDetails(repo, commits) {
  const details = /* @__PURE__ */ new Map();
  if (commits.length === 0) return details;
  const out = await runGit(["log", "--no-walk=unsorted", "--stdin", "-z", "--format=%H%x00%an%x00%ae%x00%aI"], { ...repo, input: `${commits.join("\n")}
` });
  const fields = out.toString("utf8").split(String.fromCharCode(NUL3));
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [oid, name, email2, date2] = fields.slice(i, i + 4).map((f) => f.replace(/^\n/, ""));
    details.set(oid, { author: email2 ? `${name} <${email2}>` : name, date: date2 });
  }
  return details;
}

// src/cli/commands/history.ts
function registerHistory(program2, ctx) {
  const command = program2.command("history").description("scan the git history: every blob every commit introduced, deleted files included, each finding attributed to its commit").argument("[range]", "commits to scan: base..head (what a pull request adds), or one branch, tag or commit (default: --all)");
  addShardOption(addCommonScanOptions(command), "blob").option("--all", "every branch and tag (the default)").option("--branch <name>", "only the history of this branch (or any tag or commit)").option("--since <date>", 'only commits since this date (2024-01-31, "2 weeks ago")').option("-C, --repo <dir>", "the repository to scan (default: the current folder)").option("--threads <n>", "worker threads (default: one per core, up to 3)", parseArg.integer(1, 64)).action(async (range, flags) => {
    if (flags.all && (range || flags.branch)) throw new LeakgateError("--all cannot be combined with a range or --branch");
    const cwd = resolve13(ctx.cwd, flags.repo ?? ".");
    const config2 = await loadConfig(repoConfigOptions(ctx, flags, cwd));
    const progress = new Progress(ctx.stderr, Boolean(ctx.stderr.isTTY) && !ctx.env["CI"] && !flags.quiet);
    const result = await scanHistory({
      config: config2,
      cwd,
      env: ctx.env,
      redact: flags.redact,
      ...range ? { range } : {},
      ...flags.branch ? { branch: flags.branch } : {},
      ...flags.since ? { since: flags.since } : {},
      ...flags.threads !== void 0 ? { threads: flags.threads } : {},
      ...flags.shard ? { shard: flags.shard } : {},
      ...flags.maxFileSize !== void 0 ? { maxFileSize: flags.maxFileSize } : {},
      ...flags.maxArchiveDepth !== void 0 ? { maxArchiveDepth: flags.maxArchiveDepth } : {},
      ...flags.minConfidence !== void 0 ? { minConfidence: flags.minConfidence } : {},
      onProgress: ({ files, bytes }) => progress.update(`scanning history\u2026 ${files} blobs, ${(bytes / 1048576).toFixed(0)} MiB`)
    });
    progress.clear();
    const ignoreFile = flags.repo && flags.ignoreFile === void 0 ? findIgnoreFile(cwd) ?? false : flags.ignoreFile;
    emitResult(ctx, result, { ...flags, ...ignoreFile !== void 0 ? { ignoreFile } : {} }, { config: config2 });
  });
}
function repoConfigOptions(ctx, flags, cwd) {
  const options = configOptions(ctx, flags);
  return { ...options, cwd, ...options.configFile ? { configFile: resolve13(ctx.cwd, options.configFile) } : {} };
}

// src/cli/commands/init.ts
init_load2();
init_errors();
import { existsSync as existsSync11, readFileSync as readFileSync9, writeFileSync as writeFileSync5 } from "node:fs";
import { join as join8 } from "node:path";

// src/cli/commands/install-hook.ts
import { relative as relative5 } from "node:path";

// src/sources/git/hook.ts
init_errors();
init_process();
import { chmodSync, copyFileSync, existsSync as existsSync10, mkdirSync as mkdirSync2, readFileSync as readFileSync8, realpathSync as realpathSync2, writeFileSync as writeFileSync4 } from "node:fs";
import { basename as basename4, dirname as dirname9, isAbsolute as isAbsolute2, join as join7, relative as relative4, resolve as resolve14 } from "node:path";
var BLOCK_START = "# >>> leakgate pre-commit >>>";
var BLOCK_END = "# <<< leakgate pre-commit <<<";
var BACKUP_SUFFIX = ".before-leakgate";
async function installHook(options) {
  const repo = await openRepository(options.cwd, options.env);
  if (repo.bare) throw new LeakgateError("install-hook needs a work tree, and this is a bare repository");
  const gitPath = await gitText(["rev-parse", "--git-path", "hooks"], repo);
  const hooksDir = isAbsolute2(gitPath) ? gitPath : resolve14(repo.cwd, gitPath);
  const husky = basename4(hooksDir) === "_" && existsSync10(join7(hooksDir, "h"));
  const path = husky ? join7(dirname9(hooksDir), "pre-commit") : join7(hooksDir, "pre-commit");
  const shared = repo.topLevel !== void 0 && isInside2(repo.topLevel, path) && !isInside2(resolve14(repo.cwd, repo.gitDir), path);
  const block = hookBlock(shared ? void 0 : options.fallback);
  const result = (action, extra = {}) => ({ path, action, ...husky ? { manager: "husky" } : {}, ...extra });
  if (!existsSync10(path)) {
    mkdirSync2(dirname9(path), { recursive: true });
    writeHook(path, husky ? `${block}
` : `#!/bin/sh
${block}
`);
    return result("created");
  }
  const current = readFileSync8(path, "utf8");
  const start = current.indexOf(BLOCK_START);
  const end = current.indexOf(BLOCK_END);
  if (start !== -1 && end > start) {
    const updated = current.slice(0, start) + block + current.slice(end + BLOCK_END.length);
    if (updated === current) {
      ensureExecutable(path);
      return result("unchanged");
    }
    writeHook(path, updated);
    return result("updated");
  }
  if (options.force) {
    const backup = `${path}${BACKUP_SUFFIX}`;
    copyFileSync(path, backup);
    writeHook(path, `#!/bin/sh
${block}
`);
    return result("replaced", { backup });
  }
  if (options.append || husky) {
    if (!isShellScript(current)) throw new LeakgateError(`${path} is not a shell script, so leakgate cannot add itself to it; --force replaces it (keeping a copy)`);
    writeHook(path, insertAfterShebang(current, block));
    return result("appended");
  }
  throw new LeakgateError(`a pre-commit hook leakgate did not write exists at ${path}${managedBy(current)}: rerun with --append to add leakgate to it, or --force to replace it (the old hook is kept as pre-commit${BACKUP_SUFFIX})`);
}
function hookBlock(fallback) {
  const lines = [
    BLOCK_START,
    "# Added by `leakgate install-hook`: stops commits that add secrets. Remove this block to uninstall.",
    "if [ -x ./node_modules/.bin/leakgate ]; then ./node_modules/.bin/leakgate staged || exit $?",
    "elif command -v leakgate >/dev/null 2>&1; then leakgate staged || exit $?"
  ];
  if (fallback) lines.push(`elif [ -f ${shellQuote(fallback.script)} ]; then ${shellQuote(fallback.node)} ${shellQuote(fallback.script)} staged || exit $?`);
  lines.push(
    'else echo "leakgate: not installed, so this commit was not checked for secrets (npm install --save-dev leakgate; or git commit --no-verify to skip once)" >&2; exit 1',
    "fi",
    BLOCK_END
  );
  return lines.join("\n");
}
function currentCli() {
  const script = process.argv[1];
  if (!script) return void 0;
  try {
    return { node: process.execPath, script: realpathSync2(script) };
  } catch {
    return void 0;
  }
}
function isInside2(folder, path) {
  const rel = relative4(realOrSelf(folder), realOrSelf(dirname9(path)));
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
function realOrSelf(path) {
  try {
    return realpathSync2(path);
  } catch {
    return path;
  }
}
function shellQuote(value) {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
function isShellScript(text) {
  const first = text.split("\n", 1)[0] ?? "";
  if (!first.startsWith("#!")) return !text.includes("\0");
  return /\b(sh|bash|dash|zsh|ksh|ash)\b/.test(first);
}
function insertAfterShebang(text, block) {
  if (!text.startsWith("#!")) return `${block}
${text}`;
  const newline = text.indexOf("\n");
  if (newline === -1) return `${text}
${block}
`;
  return `${text.slice(0, newline + 1)}${block}
${text.slice(newline + 1)}`;
}
function managedBy(text) {
  if (/File generated by pre-commit/i.test(text)) return " (installed by the pre-commit framework: add leakgate to .pre-commit-config.yaml instead, see docs/hooks.md)";
  if (/lefthook/i.test(text)) return " (installed by lefthook: add leakgate to lefthook.yml instead, see docs/hooks.md)";
  return "";
}
function writeHook(path, content) {
  writeFileSync4(path, content);
  ensureExecutable(path);
}
function ensureExecutable(path) {
  chmodSync(path, 493);
}

// src/cli/commands/install-hook.ts
var SAID = {
  created: "installed the pre-commit hook",
  updated: "updated leakgate in the pre-commit hook",
  unchanged: "the pre-commit hook already runs leakgate; nothing changed",
  appended: "added leakgate to the existing pre-commit hook",
  replaced: "replaced the pre-commit hook"
};
function registerInstallHook(program2, ctx) {
  program2.command("install-hook").description("run `leakgate staged` before every commit (writes or extends the pre-commit hook; honours core.hooksPath)").option("--append", "add leakgate to a pre-commit hook that something else wrote, keeping what it does").option("--force", "replace a pre-commit hook that something else wrote (the old one is kept as pre-commit.before-leakgate)").action(async (flags) => {
    await installHookAndSay(ctx, { force: flags.force ?? false, append: flags.append ?? false });
    ctx.exitCode = 0;
  });
}
async function installHookAndSay(ctx, flags) {
  const fallback = currentCli();
  const result = await installHook({ cwd: ctx.cwd, env: ctx.env, ...flags, ...fallback ? { fallback } : {} });
  const shown = (path) => {
    const rel = relative5(ctx.cwd, path);
    return rel && !rel.startsWith("..") ? rel : path;
  };
  let line = `leakgate: ${SAID[result.action]}: ${shown(result.path)}`;
  if (result.backup) line += ` (the old one is kept as ${shown(result.backup)})`;
  if (result.manager === "husky") line += " (husky runs it)";
  ctx.stdout.write(`${line}
`);
}

// src/cli/commands/init.ts
var STARTER_CONFIG_FILE = "leakgate.config.json";
var LOCAL_SCHEMA = "node_modules/leakgate/schema/config.schema.json";
function starterConfig(withSchema) {
  const config2 = {
    ...withSchema ? { $schema: `./${LOCAL_SCHEMA}` } : {},
    exclude: [],
    disabledRules: [],
    allow: { regexes: [], stopwords: [] },
    minConfidence: "medium"
  };
  return `${JSON.stringify(config2, null, 2)}
`;
}
function registerInit(program2, ctx) {
  program2.command("init").description(`write a starter ${STARTER_CONFIG_FILE} in the current folder (never overwrites a config); --hook also installs the pre-commit hook`).option("--hook", "also run `leakgate staged` before every commit (as `leakgate install-hook` does)").action(async (flags) => {
    const existing = existingConfig(ctx.cwd);
    if (existing) throw new LeakgateError(`${existing} already configures leakgate here; init never overwrites a config (edit it, or delete it first)`);
    const path = join8(ctx.cwd, STARTER_CONFIG_FILE);
    writeFileSync5(path, starterConfig(existsSync11(join8(ctx.cwd, LOCAL_SCHEMA))), { flag: "wx" });
    ctx.stdout.write(`leakgate: wrote ${STARTER_CONFIG_FILE} (exclude, disabledRules, allow and minConfidence: see docs/configuration.md)
`);
    if (flags.hook) await installHookAndSay(ctx, { force: false, append: false });
    else ctx.stdout.write("leakgate: next, to check every commit: leakgate install-hook (or add it to .pre-commit-config.yaml, husky or lefthook: see docs/hooks.md)\n");
    ctx.exitCode = 0;
  });
}
function existingConfig(cwd) {
  for (const name of CONFIG_SEARCH_PLACES) {
    const path = join8(cwd, name);
    if (!existsSync11(path)) continue;
    if (name !== "package.json") return name;
    try {
      if (JSON.parse(readFileSync9(path, "utf8"))["leakgate"] !== void 0) return 'package.json ("leakgate" key)';
    } catch {
    }
  }
  return void 0;
}

// src/shard/merge.ts
init_errors();
import { readFileSync as readFileSync10 } from "node:fs";
import { resolve as resolve15 } from "node:path";
init_sort_findings();
function readJsonReport(file, cwd) {
  let text;
  try {
    text = readFileSync10(resolve15(cwd, file), "utf8");
  } catch (error2) {
    throw new LeakgateError(`cannot read ${file}: ${error2.code ?? error2.message}`);
  }
  let report;
  try {
    report = JSON.parse(text);
  } catch (error2) {
    throw new LeakgateError(`${file} is not JSON: ${error2.message}`);
  }
  if (!isJsonReport(report)) throw new LeakgateError(`${file} is not a leakgate JSON report (write one with --format json)`);
  if (report.version !== JSON_REPORT_VERSION) throw new LeakgateError(`${file} is a version ${report.version} report; this leakgate merges version ${JSON_REPORT_VERSION}`);
  return report;
}
function isJsonReport(value) {
  if (typeof value !== "object" || value === null) return false;
  const report = value;
  const stats = report.stats;
  return typeof report.version === "number" && Array.isArray(report.findings) && typeof stats === "object" && stats !== null && typeof stats.files === "number" && typeof stats.bytes === "number" && Array.isArray(stats.skipped) && Array.isArray(stats.warnings);
}
function mergeReports(reports) {
  const findings = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const warnings = /* @__PURE__ */ new Set();
  let files = 0;
  let bytes = 0;
  let durationMs = 0;
  let commits;
  const versions = /* @__PURE__ */ new Set();
  for (const report of reports) {
    for (const finding of report.findings) {
      const key = [finding.fingerprint, finding.file, finding.line, finding.column, finding.commit ?? ""].join("\0");
      if (!findings.has(key)) findings.set(key, finding);
    }
    for (const skip of report.stats.skipped) skipped.set([skip.file, skip.reason, skip.detail ?? ""].join("\0"), skip);
    for (const warning of report.stats.warnings) warnings.add(warning);
    files += report.stats.files;
    bytes += report.stats.bytes;
    durationMs = Math.max(durationMs, report.stats.durationMs ?? 0);
    if (report.stats.commits !== void 0) commits = Math.max(commits ?? 0, report.stats.commits);
    if (report.tool?.version) versions.add(report.tool.version);
  }
  if (versions.size > 1) warnings.add(`the merged reports come from different leakgate versions (${[...versions].sort().join(", ")})`);
  const merged = [...findings.values()];
  merged.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || (a.commit ?? "").localeCompare(b.commit ?? ""));
  sortFindings(merged);
  const skips = [...skipped.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const suppression = mergeSuppression(reports);
  return {
    findings: merged,
    stats: { files, bytes, durationMs, findings: merged.length, skipped: skips, warnings: [...warnings], ...commits !== void 0 ? { commits } : {} },
    ...suppression ? { suppression } : {}
  };
}
function mergeSuppression(reports) {
  const summaries = reports.map((report) => report.suppression);
  if (summaries.every((summary) => summary === void 0)) return void 0;
  const merged = { ignored: 0, baselined: 0 };
  for (const summary of summaries) {
    merged.ignored += summary?.ignored ?? 0;
    merged.baselined += summary?.baselined ?? 0;
  }
  if (summaries.every((summary) => summary?.unused !== void 0)) {
    const key = (entry) => [entry.source, entry.file, entry.fingerprint, entry.line ?? "", entry.path ?? ""].join("\0");
    const unusedIn = summaries.map((summary) => new Set(summary.unused.map(key)));
    merged.unused = summaries[0].unused.filter((entry) => unusedIn.every((set) => set.has(key(entry))));
  }
  return merged;
}

// src/cli/commands/merge.ts
init_types();
function registerMerge(program2, ctx) {
  const command = program2.command("merge").description("join JSON reports (of --shard runs, or of many repositories) into one report in any format").argument("<reports...>", "JSON reports written with --format json");
  addReportOptions(command).option("--exit-code <n>", "exit code when there are findings", parseArg.integer(0, 255), 1).addOption(new Option("--fail-on <severity>", "lowest severity that fails the run; findings below it are still reported").choices(SEVERITIES)).option("-q, --quiet", "print findings only: no summary or warnings").option("--color", "force colour").option("--no-color", "disable colour (NO_COLOR is honoured too)").action((reports, flags) => {
    const result = mergeReports(reports.map((file) => readJsonReport(file, ctx.cwd)));
    writeWarnings(ctx, result, flags);
    emitReport(ctx, result, flags);
  });
}

// src/cli/commands/rules.ts
init_load();
function ruleSummary(rule) {
  return { id: rule.id, severity: rule.severity, confidence: rule.confidence, tags: rule.tags, description: rule.description };
}
function registerRules(program2, ctx) {
  program2.command("rules").description("list the built-in rules: id, severity, tags and description").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).action((flags) => {
    const rules = loadBuiltinRules().map(ruleSummary);
    if (flags.format === "json") {
      ctx.stdout.write(`${JSON.stringify(rules, null, 2)}
`);
    } else {
      const idWidth = Math.max(...rules.map((rule) => rule.id.length));
      const severityWidth = Math.max(...rules.map((rule) => rule.severity.length));
      for (const rule of rules) {
        const tags = rule.tags.length ? ` [${rule.tags.join(", ")}]` : "";
        ctx.stdout.write(`${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(severityWidth)}  ${rule.description}${tags}
`);
      }
      ctx.stdout.write(`${rules.length} built-in rules (leakgate rules --format json for the full list as data)
`);
    }
    ctx.exitCode = 0;
  });
}

// src/cli/commands/staged.ts
init_load2();

// src/sources/git/staged.ts
init_load2();
init_errors();
init_sort_findings();
import { join as join9 } from "node:path";

// src/sources/git/added-lines.ts
var HUNK = /^@@@* -[^ ]+ \+(\d+)(?:,\d+)? @@/;
function parseAddedLines(diff) {
  const added = /* @__PURE__ */ new Map();
  let current;
  let line = 0;
  let inHunk = false;
  for (const text of diff.split("\n")) {
    if (text.startsWith("diff --git ")) {
      current = void 0;
      inHunk = false;
      continue;
    }
    if (!inHunk && text.startsWith("+++ ")) {
      const path = diffPath(text.slice(4));
      if (path !== void 0) {
        current = added.get(path) ?? /* @__PURE__ */ new Set();
        added.set(path, current);
      }
      continue;
    }
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || !current) continue;
    const marker = text[0];
    if (marker === "+") current.add(line++);
    else if (marker === " ") line++;
  }
  return added;
}
function diffPath(field) {
  const raw = field.startsWith('"') ? unquoteC(field) : field.replace(/\t$/, "");
  if (raw === "/dev/null") return void 0;
  return raw.startsWith("b/") ? raw.slice(2) : raw;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
var BACKSLASH = 92;
function unquoteC(quoted) {
  const body = Buffer.from(quoted.replace(/^"/, "").replace(/"\s*$/, ""), "utf8");
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (byte !== BACKSLASH) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (next >= "0" && next <= "7") {
      bytes.push(parseInt(body.toString("latin1", i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/sources/git/staged.ts
init_process();
init_texts();
init_decode();
async function scanStaged(options = {}) {
  const started = performance.now();
  const env = options.env ?? process.env;
  const repo = await openRepository(options.cwd ?? process.cwd(), env);
  if (repo.bare || !repo.topLevel) throw new LeakgateError("staged needs a work tree, and there is none here (a bare repository, or inside .git)");
  const [config2, base] = await Promise.all([options.config ?? loadConfig({ cwd: repo.cwd }), stagedBase(repo)]);
  const scanOptions = {
    redact: options.redact ?? true,
    minConfidence: options.minConfidence ?? config2.minConfidence,
    origin: "staged",
    maxFileSize: options.maxFileSize ?? config2.maxFileSize,
    archives: archiveOptions(options.maxArchiveDepth)
  };
  const excluded = createExcludeMatcher(config2);
  const topLevel2 = repo.topLevel;
  let engine;
  const engineFor = () => engine ??= createEngine(config2);
  const submodules = [];
  const [scanned, added] = await Promise.all([
    stagedFiles(repo, base, submodules).then((files) => scanFiles(engineFor, repo, files.filter((file) => !excluded(join9(topLevel2, file.path))), scanOptions)),
    options.allLines ? void 0 : addedLines(repo, base)
  ]);
  if (added) for (const [path, lines] of await decodedAddedLines(repo, scanned.decoded, scanOptions.maxFileSize)) added.set(path, lines);
  const addedInArchives = added ? await archiveFindingsAdded(engineFor, repo, scanned.archives, scanOptions) : /* @__PURE__ */ new Set();
  const warnings = [...config2.warnings, ...submodules.map(submoduleNote)];
  let findings = scanned.findings;
  if (added) {
    const gated = findings.filter((finding) => addedInArchives.has(finding) || touchesAddedLine(finding, added));
    const old = findings.length - gated.length;
    if (old > 0) {
      warnings.push(
        old === 1 ? "1 finding on lines this commit does not change is not reported (--all-lines reports it)" : `${old} findings on lines this commit does not change are not reported (--all-lines reports them)`
      );
    }
    findings = gated;
  }
  sortFindings(findings);
  return {
    findings,
    stats: { files: scanned.files, bytes: scanned.bytes, durationMs: performance.now() - started, findings: findings.length, skipped: scanned.skipped, warnings }
  };
}
async function stagedBase(repo) {
  return repo.head ?? await emptyTree(repo);
}
async function stagedFiles(repo, base, submodules) {
  const out = await runGit(["diff-index", "--cached", "--raw", "-z", "--no-renames", "--diff-filter=ACMRT", "--no-ext-diff", base, "--"], repo);
  const fields = out.toString("utf8").split("\0");
  const files = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [oldMode = "", newMode = "", oldOid = "", newOid = ""] = fields[i].replace(/^:/, "").split(" ");
    if (newMode === GITLINK_MODE) submodules.push(fields[i + 1]);
    if (isRegularFile(newMode)) files.push({ path: fields[i + 1], oid: newOid, oldOid: isRegularFile(oldMode) && !isZeroOid(oldOid) ? oldOid : void 0 });
  }
  return files;
}
async function addedLines(repo, base) {
  const diff = await gitText(
    [
      "-c",
      "core.quotePath=false",
      "diff",
      "--cached",
      "-U0",
      "--inter-hunk-context=0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--no-renames",
      "--no-relative",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--diff-filter=ACMRT",
      base,
      "--"
    ],
    repo
  );
  return parseAddedLines(diff);
}
async function scanFiles(engineFor, repo, files, scanOptions) {
  if (files.length === 0) return { findings: [], skipped: [], files: 0, bytes: 0, decoded: [], archives: [] };
  const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize });
  try {
    const batch = await scanBlobBatch(new VersionScanner(engineFor(), scanOptions, false), reader, files);
    const byOid = new Map(files.map((file) => [file.oid, file]));
    const decoded = batch.found.filter((blob) => blob.encoding).map((blob) => byOid.get(blob.oid));
    const archives = batch.found.filter((blob) => blob.archive).map((blob) => ({ file: byOid.get(blob.oid), findings: blob.findings, keys: blob.keys }));
    return { findings: batch.found.flatMap((blob) => blob.findings), skipped: batch.skipped, files: batch.files, bytes: batch.bytes, decoded, archives };
  } finally {
    await reader.close();
  }
}
async function archiveFindingsAdded(engineFor, repo, archives, scanOptions) {
  const added = /* @__PURE__ */ new Set();
  const before = /* @__PURE__ */ new Map();
  const withBase = archives.filter((archive) => archive.file.oldOid !== void 0);
  if (withBase.length > 0) {
    const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize });
    try {
      const tasks = withBase.map((archive) => ({ oid: archive.file.oldOid, path: archive.file.path }));
      const batch = await scanBlobBatch(new VersionScanner(engineFor(), scanOptions, false), reader, tasks, { keysOnly: true });
      for (const blob of batch.found) before.set(blob.oid, blob.keys);
    } finally {
      await reader.close();
    }
  }
  for (const archive of archives) {
    for (const i of unmatched(countOf(before.get(archive.file.oldOid ?? "") ?? []), archive.keys)) added.add(archive.findings[i]);
  }
  return added;
}
async function decodedAddedLines(repo, files, maxSize) {
  const added = /* @__PURE__ */ new Map();
  if (files.length === 0) return added;
  const texts = /* @__PURE__ */ new Map();
  const reader = new ObjectReader({ ...repo, maxSize });
  try {
    const oids = [...new Set(files.flatMap((file) => file.oldOid ? [file.oid, file.oldOid] : [file.oid]))];
    await reader.read(oids, (object) => {
      if (object.content) texts.set(object.oid, decodeBytes(object.content)?.text ?? "");
    });
  } finally {
    await reader.close();
  }
  for (const file of files) {
    const before = countOf(splitLines(file.oldOid ? texts.get(file.oldOid) ?? "" : ""));
    added.set(file.path, new Set(unmatched(before, splitLines(texts.get(file.oid) ?? "")).map((i) => i + 1)));
  }
  return added;
}
function splitLines(text) {
  return text.split("\n");
}
function touchesAddedLine(finding, added) {
  const lines = added.get(finding.file);
  if (!lines) return false;
  for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true;
  return false;
}

// src/cli/commands/staged.ts
var BLOCKED_HINT = [
  "leakgate: commit stopped: the staged changes add the secrets above. Move them to environment variables or a secret manager.",
  "  False positive? Put a `leakgate:allow` comment on its line (or `leakgate:allow-next-line` above it),",
  "  or allow it in leakgate.config.json (allow.regexes, allow.stopwords, exclude, disabledRules).",
  "  To commit anyway this once: git commit --no-verify"
].join("\n");
function registerStaged(program2, ctx) {
  const command = program2.command("staged").description("scan what is staged for the next commit (the index, not the work tree): for pre-commit hooks");
  addCommonScanOptions(command).option("--all-lines", "fail on every finding in the staged files, not only on lines this commit adds").action(async (flags) => {
    const config2 = await loadConfig(configOptions(ctx, flags));
    const result = await scanStaged({
      config: config2,
      cwd: ctx.cwd,
      env: ctx.env,
      redact: flags.redact,
      allLines: flags.allLines ?? false,
      ...flags.maxFileSize !== void 0 ? { maxFileSize: flags.maxFileSize } : {},
      ...flags.maxArchiveDepth !== void 0 ? { maxArchiveDepth: flags.maxArchiveDepth } : {},
      ...flags.minConfidence !== void 0 ? { minConfidence: flags.minConfidence } : {}
    });
    emitResult(ctx, result, flags, { config: config2 });
    if (ctx.exitCode !== 0 && !flags.quiet) ctx.stderr.write(`${BLOCKED_HINT}
`);
  });
}

// src/cli/write-errors.ts
init_errors();
function exitOnWriteErrors(ctx, exit = process.exit) {
  ctx.stdout.on("error", (error2) => {
    if (error2.code === "EPIPE") exit(ctx.exitCode);
    try {
      ctx.stderr.write(`leakgate: cannot write the report to standard output: ${describeFsError(error2, "write")}
`);
    } finally {
      exit(2);
    }
  });
  ctx.stderr.on("error", (error2) => exit(error2.code === "EPIPE" ? ctx.exitCode : 2));
}

// src/cli/main.ts
function buildProgram(ctx) {
  const program2 = new Command().name("leakgate").description("Find hardcoded secrets before they ship: source trees, Terraform, staged changes and Git history.").version(VERSION, "-v, --version").exitOverride().configureOutput({
    writeOut: (text) => ctx.stdout.write(text),
    writeErr: (text) => ctx.stderr.write(text),
    outputError: (text, write) => write(usageLine(text))
  });
  registerScan(program2, ctx);
  registerBaseline(program2, ctx);
  registerStaged(program2, ctx);
  registerHistory(program2, ctx);
  registerInstallHook(program2, ctx);
  program2.addHelpText("after", () => {
    const scan = program2.commands.find((command) => command.name() === "scan");
    const help = scan.helpInformation();
    return `
The default command, scan (leakgate [options] [paths...]):

${help.slice(Math.max(0, help.indexOf("Arguments:")))}`;
  });
  registerMerge(program2, ctx);
  registerInit(program2, ctx);
  registerRules(program2, ctx);
  return program2;
}
function usageLine(text) {
  const [first = "", ...rest] = text.trim().replace(/^error: /, "").split("\n");
  const hint = rest.map((line) => line.trim().replace(/^\((.*)\)$/, "$1")).filter(Boolean).map((line) => line.charAt(0).toLowerCase() + line.slice(1));
  return `leakgate: ${[first, ...hint].join(", ")} (see leakgate --help)
`;
}
function mistypedCommand(program2, argv, cwd) {
  const [first] = argv;
  if (!first || first.startsWith("-") || /[\\/.]/.test(first) || existsSync12(resolve16(cwd, first))) return void 0;
  const names = program2.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  if (names.includes(first)) return void 0;
  const suggestion = didYouMean(first, [...names, "help"]);
  return suggestion ? `unknown command "${first}", did you mean "${suggestion}"? (see leakgate --help)` : void 0;
}
async function run(argv, ctx = processContext()) {
  if (ctx.stdout === process.stdout) exitOnWriteErrors(ctx);
  const program2 = buildProgram(ctx);
  const mistyped = mistypedCommand(program2, argv, ctx.cwd);
  if (mistyped) {
    ctx.stderr.write(`leakgate: ${mistyped}
`);
    return 2;
  }
  try {
    await program2.parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (error2) {
    if (error2 instanceof CommanderError) {
      return error2.exitCode === 0 ? 0 : 2;
    }
    if (error2 instanceof LeakgateError) {
      ctx.stderr.write(`leakgate: ${error2.message}
`);
      return error2.exitCode;
    }
    if (ctx.env["LEAKGATE_DEBUG"] === "1") ctx.stderr.write(`${error2.stack ?? String(error2)}
`);
    else ctx.stderr.write(`leakgate: internal error: ${error2.message} (set LEAKGATE_DEBUG=1 for details)
`);
    return 2;
  }
}
export {
  buildProgram,
  run
};
