import { PipelineDiagram } from 'mlsd-diagrams/react';
import 'mlsd-diagrams/style.css';
import { createRoot } from 'react-dom/client';
import diagram from './diagram.json';

createRoot(document.getElementById('root') as HTMLElement).render(<PipelineDiagram diagram={diagram} />);
