// Renderer entry: mounts the app; the hash route decides between drills, setup, console and projector.
import { createRoot } from 'react-dom/client';
import { App } from './views/App';
import './styles/fonts.css';
import './styles/base.css';
import './styles/console.css';
import './styles/projector.css';
import './styles/live-console.css';
import './styles/live-projector.css';
import './styles/seat.css';

createRoot(document.getElementById('root')!).render(<App />);
