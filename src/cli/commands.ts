// Subcommands of `peerlint` besides linting files (the default command). Each registers itself on
// the program with commander and reports its exit code through the context.
import type {Command} from 'commander'
import type {CommandContext} from './run.js'
import {registerServe} from './serve-command.js'
import {registerScan} from './scan-command.js'
import {registerReport} from './report-command.js'

export type RegisterSubcommand = (program: Command, context: CommandContext) => void

export const subcommands: RegisterSubcommand[] = [registerServe, registerScan, registerReport]
