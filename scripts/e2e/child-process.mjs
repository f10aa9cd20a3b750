// Child processes for the e2e runners: output passed through (or captured), exit code returned.
import { spawn } from 'node:child_process';

/** Runs a command with inherited output; resolves with its exit code (1 when it could not start). */
export function runInherited(command, args, options = {}) {
    return new Promise((resolve) => {
        const child = spawn(command, args, { stdio: 'inherit', ...options });
        child.on('error', (error) => {
            console.error(`${command}: ${error.message}`);
            resolve(1);
        });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
}

/** Runs a command with captured output; resolves with its exit code and its output. */
export function runCaptured(command, args, options = {}) {
    return new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
        let output = '';
        child.stdout.on('data', (chunk) => { output += chunk; });
        child.stderr.on('data', (chunk) => { output += chunk; });
        child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
        child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
    });
}

/** The last non-empty line of a command's output: the reason it gives when it fails. */
export function lastLine(output) {
    return output.trim().split('\n').filter((line) => line.trim() !== '').pop() ?? '(no output)';
}
