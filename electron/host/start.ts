// `npm start`: the desktop app when Electron's binary is installed, otherwise the same app in the browser host on loopback — never a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../app/paths';
import { browserDataDir } from '../app/dataFolder';

/** The Electron binary's path, or null when the install skipped its download (ELECTRON_SKIP_BINARY_DOWNLOAD=1). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const binary = electronBinary();
if (binary) {
  run(binary, ['.']);
} else {
  const dataDir = browserDataDir(process.platform, process.env, homedir());
  console.log(`未安装 Electron 程序文件(安装时跳过了下载),改在本机浏览器中打开同一应用 · No Electron binary installed: starting the same app in the browser host on loopback (data: ${dataDir}).`);
  run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'electron/host/main.ts'), '--data', dataDir, '--open']);
}
