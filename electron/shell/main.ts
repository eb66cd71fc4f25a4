// Electron entry (placeholder until the shell lands): lifecycle only.
import { app } from 'electron';

app.whenReady().then(() => app.quit());
