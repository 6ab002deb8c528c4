import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class WerkitemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    description: 'Verwijzing in woorden (nummer, datum, status); geen persoonsgegevens',
  })
  titel!: string;
  @ApiPropertyOptional({ description: 'Tweede regel, zoals de termijn' }) toelichting?: string;
  @ApiProperty({ description: 'Pad in de webapplicatie', example: '/vt/zorgmeldingen/…' })
  link!: string;
}

export class WerkonderdeelView {
  @ApiProperty({ example: 'zorgmelding-verlopen', description: 'Vaste naam van de stapel' })
  soort!: string;
  @ApiProperty({ example: 'Termijn verstreken' }) titel!: string;
  @ApiProperty({
    example: 'zorgmelding-ontvangen-beoordelen',
    description: 'De verwerkingsactiviteit waaronder de stapel is gelezen',
  })
  activiteit!: string;
  @ApiProperty({ description: 'Hoeveel er wachten (alle, niet alleen de getoonde)' })
  aantal!: number;
  @ApiProperty({ type: [WerkitemView], description: 'De eerste (hoogstens 20), dringendste eerst' })
  items!: WerkitemView[];
  @ApiPropertyOptional({ description: 'Pad van de volledige lijst in de webapplicatie' })
  lijst?: string;
}

export class IntegriteitsoordeelView {
  @ApiProperty() inOrde!: boolean;
  @ApiProperty() toelichting!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  laatsteControle!: string | null;
}

export class MijnWerkView {
  @ApiProperty({ type: [WerkonderdeelView], description: 'Per stapel: aantal en de eerste items' })
  onderdelen!: WerkonderdeelView[];
  @ApiPropertyOptional({
    type: IntegriteitsoordeelView,
    description: 'Voor de FG: het oordeel over het auditspoor',
  })
  integriteit?: IntegriteitsoordeelView;
}
