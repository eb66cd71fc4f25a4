// Renderer entry (placeholder until the drill room lands).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>舆情应急演练台</p>);
